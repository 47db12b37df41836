import dayjs from 'dayjs';
import { aged80Cutoff } from '../common/shanghai-time';
import type { FileSection } from './fields';
import type { VeteranDoc } from './model';

/**
 * The district's ledger rules (collection `settings`, _id 'ledger'): which sections a complete file needs,
 * and how often files are verified (key groups more often).
 */
export interface LedgerSettings {
  requiredSections: FileSection[];
  verifyMonths: number;
  keyGroupVerifyMonths: number;
}

export const DEFAULT_LEDGER_SETTINGS: LedgerSettings = {
  requiredSections: ['identity', 'service', 'address', 'phone'],
  verifyMonths: 6,
  keyGroupVerifyMonths: 3,
};

export const KEY_GROUPS = ['aged80', 'hardship', 'contribution', 'decorated'] as const;
export type KeyGroup = (typeof KEY_GROUPS)[number];
export const KEY_GROUP_LABELS: Record<KeyGroup, string> = {
  aged80: '80岁以上',
  hardship: '特困',
  contribution: '重大贡献',
  decorated: '立功受奖',
};

/** Key groups at `now`: aged 80+ from the birth date, the others from their marks. */
export function keyGroupsOf(doc: Pick<VeteranDoc, 'birthDate' | 'keyGroups'>, now: Date): KeyGroup[] {
  const groups: KeyGroup[] = [];
  if (doc.birthDate && doc.birthDate <= aged80Cutoff(now)) groups.push('aged80');
  for (const g of ['hardship', 'contribution', 'decorated'] as const) if (doc.keyGroups?.[g]) groups.push(g);
  return groups;
}

const filled = (...v: (string | null | undefined)[]) => v.every((x) => typeof x === 'string' && x.trim().length > 0);

/** Whether a section of the file holds what it must. Service applies only to those who served. */
export function sectionFilled(doc: VeteranDoc, section: FileSection): boolean {
  switch (section) {
    case 'identity':
      return filled(doc.name, doc.birthDate, doc.ethnicity, doc.idMasked, doc.hukou) && Boolean(doc.gender);
    case 'service':
      if (doc.category === 'dependant' && !doc.service.enlistDate) return true;
      return filled(doc.service.enlistDate, doc.service.dischargeDate, doc.service.arm, doc.service.exitMode);
    case 'address':
      return filled(doc.address);
    case 'phone':
      return filled(doc.phoneMasked);
    case 'awards':
      return true;
    case 'party':
      return !doc.party.member || filled(doc.party.branch);
    case 'dependant':
      return doc.category !== 'dependant' || filled(doc.dependantType);
    case 'emergency':
      return filled(doc.emergencyContact?.name, doc.emergencyContact?.phoneMasked);
    case 'work':
      return filled(doc.work?.status);
    case 'living':
      return filled(doc.living?.arrangement);
  }
}

export function missingSections(doc: VeteranDoc, settings: LedgerSettings): FileSection[] {
  return settings.requiredSections.filter((s) => !sectionFilled(doc, s));
}

/** 建档 complete: every required section filled, and the file verified by a grid member. */
export function isComplete(doc: VeteranDoc, settings: LedgerSettings): boolean {
  return doc.verifiedAt !== null && missingSections(doc, settings).length === 0;
}

/** When the file is next due for verification (immediately when it never was). */
export function verifyDueAt(doc: VeteranDoc, settings: LedgerSettings, now: Date): Date {
  if (!doc.verifiedAt) return new Date(0);
  const months = keyGroupsOf(doc, now).length ? settings.keyGroupVerifyMonths : settings.verifyMonths;
  return dayjs(doc.verifiedAt).add(months, 'month').toDate();
}

export function isOverdue(doc: VeteranDoc, settings: LedgerSettings, now: Date): boolean {
  return doc.lifeStatus === 'in_district' && verifyDueAt(doc, settings, now).getTime() <= now.getTime();
}

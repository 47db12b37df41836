import type { RosterRow } from '../../../types/ledger/roster';
import {
  isComplete,
  isOverdue,
  keyGroupsOf,
  verifyDueAt,
  type LedgerSettings,
} from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import { shanghaiDay } from '../../../types/common/shanghai-time';

export function ageAt(birthDate: string, now: Date): number {
  const today = shanghaiDay(now);
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** One line of a roster or ledger: masked, with key groups and the verification schedule at `now`. */
export function rosterRow(file: VeteranDoc, settings: LedgerSettings, now: Date, pendingCorrections = 0): RosterRow {
  return {
    id: file._id,
    name: file.name,
    gender: file.gender === 'female' ? '女' : '男',
    age: ageAt(file.birthDate, now),
    idMasked: file.idMasked,
    phoneMasked: file.phoneMasked,
    keyGroups: keyGroupsOf(file, now),
    lifeStatus: file.lifeStatus,
    verifiedAt: file.verifiedAt ? new Date(file.verifiedAt).toISOString() : null,
    verifyDueAt: verifyDueAt(file, settings, now).toISOString(),
    overdue: isOverdue(file, settings, now),
    complete: isComplete(file, settings),
    bound: Boolean(file.openid),
    pendingCorrections,
  };
}

/** What a roster needs of a file: everything but the sealed numbers. */
export const ROW_FIELDS = { idEnc: false, phoneEnc: false, 'emergencyContact.phoneEnc': false } as const;

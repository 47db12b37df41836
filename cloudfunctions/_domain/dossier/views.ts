import type { StaffDoc } from '../../../types/account/model';
import {
  FILE_FIELDS,
  FILE_SECTIONS,
  PARTY_HIDDEN,
  SECTION_LABELS,
  type FileField,
} from '../../../types/veteran/fields';
import {
  isComplete,
  isOverdue,
  keyGroupsOf,
  KEY_GROUP_LABELS,
  sectionFilled,
  verifyDueAt,
  type LedgerSettings,
} from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import { CHANGE_ACTION_LABELS, type CorrectionDoc, type FileChangeDoc } from '../../../types/veteran/records';
import type { CorrectionView, FileView, HistoryView } from '../../../types/veteran/views';
import type { Database } from '../../_kernel/sdk';
import type { Reader } from '../../_kernel/store';

/** Names of staff seats by id, read in one query. */
export async function staffNames(
  db: Database,
  read: Reader,
  ids: (string | null | undefined)[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!unique.length) return new Map();
  const docs = await read.many<StaffDoc>(
    'staff',
    { _id: db.command.in(unique) },
    { limit: Math.min(1000, unique.length) },
  );
  return new Map(docs.map((s) => [s._id, s.name]));
}

export function fileStaffIds(file: VeteranDoc): string[] {
  return [file.verifiedBy, ...Object.values(file.keyGroups).map((m) => m?.setBy)].filter((x): x is string =>
    Boolean(x),
  );
}

/**
 * A file as an answer, masked: sections with their fields, key groups (80+ from the clock), verification.
 * `hideParty`: the ledger's view for staff, where party membership reads PARTY_HIDDEN (issue 15).
 */
export function toFileView(
  file: VeteranDoc,
  placeName: string,
  settings: LedgerSettings,
  now: Date,
  names: Map<string, string>,
  opts: { hideParty?: boolean } = {},
): FileView {
  const fieldsBySection = (section: string) =>
    (Object.keys(FILE_FIELDS) as FileField[])
      .filter((f) => FILE_FIELDS[f].section === section)
      .map((f) => {
        const def = FILE_FIELDS[f] as (typeof FILE_FIELDS)[FileField] & {
          sensitive?: string;
          staffOnly?: boolean;
          partyOnly?: boolean;
        };
        return {
          field: f,
          label: def.label,
          value: opts.hideParty && def.partyOnly ? PARTY_HIDDEN : def.show(file),
          sensitive: Boolean(def.sensitive),
          staffOnly: Boolean(def.staffOnly),
        };
      });
  return {
    id: file._id,
    name: file.name,
    gridId: file.gridId,
    orgPath: file.orgPath,
    placeName,
    category: file.category,
    lifeStatus: file.lifeStatus,
    keyGroups: keyGroupsOf(file, now).map((g) => {
      const mark = g === 'aged80' ? undefined : file.keyGroups[g];
      return {
        group: g,
        label: KEY_GROUP_LABELS[g],
        reason: mark?.reason ?? '',
        setByName: mark ? (names.get(mark.setBy) ?? '') : '',
        setAt: mark ? new Date(mark.setAt).toISOString() : null,
      };
    }),
    sections: FILE_SECTIONS.map((s) => ({
      section: s,
      label: SECTION_LABELS[s],
      filled: sectionFilled(file, s),
      required: settings.requiredSections.includes(s),
      fields: fieldsBySection(s),
    })),
    complete: isComplete(file, settings),
    verifiedAt: file.verifiedAt ? file.verifiedAt.toISOString() : null,
    verifiedByName: file.verifiedBy ? (names.get(file.verifiedBy) ?? '') : '',
    verifyDueAt: verifyDueAt(file, settings, now).toISOString(),
    overdue: isOverdue(file, settings, now),
    bound: Boolean(file.openid),
    consentWithdrawn: Boolean(file.consentWithdrawnAt),
  };
}

export function toHistoryView(c: FileChangeDoc): HistoryView {
  return {
    id: c._id,
    at: c.at.toISOString(),
    actorName: c.actor.name,
    actorKind: c.actor.kind,
    action: CHANGE_ACTION_LABELS[c.action],
    changes: c.changes,
    note: c.note,
    onBehalf: c.onBehalf,
  };
}

export function toCorrectionView(c: CorrectionDoc, photoUrls: Map<string, string> = new Map()): CorrectionView {
  return {
    id: c._id,
    veteranId: c.veteranId,
    veteranName: c.veteranName,
    field: c.field,
    label: FILE_FIELDS[c.field]?.label ?? c.field,
    currentValue: c.before,
    requestedValue: c.valueShown,
    reason: c.reason,
    hasPhoto: Boolean(c.photoFileId),
    photoUrl: (c.photoFileId && photoUrls.get(c.photoFileId)) || null,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    requestedBy: c.requestedBy.kind,
    decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
    decidedByName: c.decidedBy?.name ?? '',
    note: c.note,
  };
}

import type { FileField } from './fields';
import type { LedgerSettings } from './ledger-rules';
import type { ActorKind, ChangeView, CorrectionStatus } from './views';

/** Who did something to a file. `id` is a staff id, an openid, or an import batch. */
export interface Actor {
  kind: ActorKind;
  id: string;
  name: string;
}

export type ChangeAction =
  | 'correction'
  | 'verify'
  | 'move'
  | 'keyGroup'
  | 'unbind'
  | 'withdrawConsent'
  | 'import'
  | 'merge';
export const CHANGE_ACTION_LABELS: Record<ChangeAction, string> = {
  correction: '更正',
  verify: '核实',
  move: '转移网格',
  keyGroup: '重点对象',
  unbind: '解绑微信',
  withdrawConsent: '撤回同意',
  import: '台账导入',
  merge: '合并重复档案',
};

/** Collection `fileChanges`: every change of a file, kept forever. Sensitive values only masked. */
export interface FileChangeDoc {
  _id: string;
  veteranId: string;
  at: Date;
  actor: Actor;
  action: ChangeAction;
  changes: ChangeView[];
  note: string;
  onBehalf: boolean;
}

/** Collection `corrections`: a person's request to correct one field. A sensitive value is sealed. */
export interface CorrectionDoc {
  _id: string;
  veteranId: string;
  veteranName: string;
  gridId: string;
  orgPath: string[];
  field: FileField;
  /** The value asked for, as typed: null for a sensitive field (then `valueEnc`). */
  valueText: string | null;
  valueEnc: string | null;
  /** What anyone reads of the value asked for (masked when sensitive). */
  valueShown: string;
  /** The field as it read when the request was made. */
  before: string;
  reason: string;
  photoFileId: string | null;
  status: CorrectionStatus;
  requestedBy: Actor;
  createdAt: Date;
  decidedBy: Actor | null;
  decidedAt: Date | null;
  note: string;
}

/** `id_conflict`: someone tried to give this file's ID number to another file (refused). */
export type AuditKind = 'view' | 'reveal' | 'export' | 'import' | 'id_conflict';

/** Collection `audit`: who looked at or took out personal data, whose, what, when and why. */
export interface AuditDoc {
  _id: string;
  kind: AuditKind;
  /** A file id, or the org node of an export or import. */
  targetId: string;
  actor: { openid: string; staffId: string | null; name: string; role: string };
  field: string;
  reason: string;
  at: Date;
  rows?: number;
}

/** Collection `ledgerStats`: per grid, recomputed from the grid's files whenever one of them changes. */
export interface LedgerStatsDoc {
  _id: string;
  orgPath: string[];
  known: number;
  complete: number;
  hardship: number;
  contribution: number;
  decorated: number;
  /** Birth dates of the people known, so aged 80+ is counted with the clock of the read. */
  birthDates: string[];
  /** People marked hardship, contribution or decorated (each once), and their birth dates: with the 80+ count
   *  of the read, the key-group people are marked + 80+ − 80+ among the marked. */
  marked: number;
  markedBirthDates: string[];
  /** Known files bound to a WeChat account (a notice's audience); absent on rows written before it was kept. */
  bound?: number;
  /** The rev of the grid's rollup this row was computed with (a row is replaced only by a newer one). */
  rev?: number;
  updatedAt: Date;
}

/** Collection `proxyCodes`: _id is the code a grid member hands to a family member (代办). */
export interface ProxyCodeDoc {
  _id: string;
  veteranId: string;
  relation: string;
  issuedBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedBy: string | null;
  usedAt: Date | null;
}

/** Collection `settings`, _id 'ledger'. */
export interface LedgerSettingsDoc extends LedgerSettings {
  _id: 'ledger';
  updatedAt: Date;
  updatedBy: string;
}

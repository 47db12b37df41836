import type { FileField, FileSection } from './fields';
import type { KeyGroup } from './ledger-rules';
import type { LifeStatus, PersonCategory } from './model';

/** One field as a person reads it: sensitive values masked. */
export interface FieldView {
  field: FileField;
  label: string;
  value: string;
  sensitive: boolean;
  staffOnly: boolean;
}

export interface SectionView {
  section: FileSection;
  label: string;
  filled: boolean;
  required: boolean;
  fields: FieldView[];
}

export interface KeyGroupView {
  group: KeyGroup;
  label: string;
  /** Empty for aged 80+, which follows from the birth date. */
  reason: string;
  setByName: string;
  setAt: string | null;
}

/** A file (一人一档) as an answer: never a plaintext ID number or phone. */
export interface FileView {
  id: string;
  name: string;
  gridId: string;
  /** Where the file is placed (district first): what the app asks the policies about. */
  orgPath: string[];
  placeName: string;
  category: PersonCategory;
  lifeStatus: LifeStatus;
  keyGroups: KeyGroupView[];
  sections: SectionView[];
  complete: boolean;
  verifiedAt: string | null;
  verifiedByName: string;
  verifyDueAt: string;
  overdue: boolean;
  bound: boolean;
  consentWithdrawn: boolean;
}

export type ActorKind = 'veteran' | 'proxy' | 'staff' | 'import';
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  veteran: '本人',
  proxy: '家属代办',
  staff: '工作人员',
  import: '台账导入',
};

export interface ChangeView {
  label: string;
  before: string;
  after: string;
}

export interface HistoryView {
  id: string;
  at: string;
  actorName: string;
  actorKind: ActorKind;
  /** 更正 / 核实 / 转移网格 / 标记重点对象 / 解绑微信 / 撤回同意 / 导入 */
  action: string;
  changes: ChangeView[];
  note: string;
  /** The grid member acted for a person who could not (代办). */
  onBehalf: boolean;
}

export type CorrectionStatus = 'pending' | 'confirmed' | 'rejected';
export const CORRECTION_STATUS_LABELS: Record<CorrectionStatus, string> = {
  pending: '待网格员核实',
  confirmed: '已更正',
  rejected: '未通过',
};

export interface CorrectionView {
  id: string;
  veteranId: string;
  veteranName: string;
  field: FileField;
  label: string;
  currentValue: string;
  requestedValue: string;
  reason: string;
  hasPhoto: boolean;
  /** A short-lived link to the evidence photo, for those deciding the correction (null otherwise). */
  photoUrl: string | null;
  status: CorrectionStatus;
  createdAt: string;
  requestedBy: ActorKind;
  decidedAt: string | null;
  decidedByName: string;
  note: string;
}

/** Who looked at a file: a staff view, a reveal of a full number, an export that included it. */
export interface ViewerView {
  at: string;
  who: string;
  what: string;
  reason: string;
}

/**
 * Collection `veterans`: one file per person (一人一档). Sensitive fields are stored encrypted (`*Enc`)
 * with a keyed hash (`*Hash`) for matching and a masked form for display.
 */
export type Gender = 'male' | 'female';
export type ExitMode = '退伍' | '转业' | '复员' | '退休';
export type LifeStatus = 'in_district' | 'moved_out' | 'deceased';
export type PersonCategory = 'veteran' | 'dependant';

export const DEPENDANT_TYPES = [
  '伤残军人',
  '烈属',
  '因公牺牲军人遗属',
  '病故军人遗属',
  '在乡复员军人',
  '带病回乡退伍军人',
  '参战参试退役军人',
] as const;
export type DependantType = (typeof DEPENDANT_TYPES)[number];

export const WORK_STATUSES = ['在职', '灵活就业', '自主创业', '待业', '退休', '无劳动能力'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];
export const LIVING_ARRANGEMENTS = ['与家人同住', '独居', '与子女同住', '养老机构', '其他'] as const;
export type LivingArrangement = (typeof LIVING_ARRANGEMENTS)[number];

/** Who to call when the person cannot be reached; the phone is sealed like the person's own. Empty when unknown. */
export interface EmergencyContact {
  name: string;
  relation: string;
  phoneEnc: string | null;
  phoneMasked: string | null;
}

export const EMPTY_EMERGENCY_CONTACT: EmergencyContact = { name: '', relation: '', phoneEnc: null, phoneMasked: null };

export interface KeyGroupMark {
  reason: string;
  setBy: string;
  setAt: Date;
}

export interface VeteranDoc {
  _id: string;
  name: string;
  gender: Gender;
  /** Calendar date YYYY-MM-DD (a date, not an instant). */
  birthDate: string;
  ethnicity: string;
  idEnc: string;
  idHash: string;
  idMasked: string;
  phoneEnc: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
  address: string;
  hukou: string;
  /** [district, street, community, grid] */
  orgPath: string[];
  gridId: string;
  category: PersonCategory;
  dependantType: DependantType | null;
  service: {
    enlistDate: string | null;
    dischargeDate: string | null;
    arm: string;
    rank: string;
    exitMode: ExitMode | null;
  };
  awards: { level: string; year: number }[];
  party: { member: boolean; branch: string };
  emergencyContact: EmergencyContact;
  work: { status: WorkStatus | null; employer: string };
  living: { arrangement: LivingArrangement | null; note: string };
  /** Aged 80+ is never stored: it is derived from birthDate with the clock on every read. */
  keyGroups: {
    hardship?: KeyGroupMark;
    contribution?: KeyGroupMark;
    decorated?: KeyGroupMark;
  };
  lifeStatus: LifeStatus;
  /** PIPL: the person withdrew consent; the app keeps only what the district's duty requires. */
  consentWithdrawnAt?: Date | null;
  openid: string | null;
  boundAt: Date | null;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

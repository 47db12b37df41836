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
  keyGroups: {
    hardship?: KeyGroupMark;
    contribution?: KeyGroupMark;
    decorated?: KeyGroupMark;
  };
  lifeStatus: LifeStatus;
  openid: string | null;
  boundAt: Date | null;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

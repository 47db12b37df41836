import type { z } from 'zod';
import { DEPENDANT_TYPES, type VeteranDoc } from './model';
import {
  awardsValue,
  dateValue,
  genderValue,
  lifeStatusValue,
  oneOf,
  optionalDate,
  requiredText,
  shortText,
  values,
  yesNo,
} from './field-values';

/**
 * THE table of a file's fields: what the person, the grid member, the import and the export all call
 * them. The label is the column header of the district's spreadsheet. A field belongs to one section;
 * the district marks sections required for a complete file.
 */
export const FILE_SECTIONS = [
  'identity',
  'service',
  'address',
  'phone',
  'awards',
  'party',
  'dependant',
  'emergency',
  'work',
  'living',
] as const;
export type FileSection = (typeof FILE_SECTIONS)[number];

export const SECTION_LABELS: Record<FileSection, string> = {
  identity: '身份信息',
  service: '服役信息',
  address: '住址',
  phone: '联系电话',
  awards: '立功受奖',
  party: '党员信息',
  dependant: '优抚类别',
  emergency: '紧急联系人',
  work: '就业情况',
  living: '居住情况',
};

export interface FieldDef {
  label: string;
  section: FileSection;
  /** From what a person types or a cell holds to the stored value. */
  parse: z.ZodTypeAny;
  /** Stored sealed: the value never appears in plaintext, only masked. */
  sensitive?: 'id' | 'phone';
  /** Where the value lives (dot path); sensitive fields write their sealed, hashed and masked forms. */
  path: string;
  /** What a person reads; sensitive values masked. */
  show: (doc: VeteranDoc) => string;
  /** Only staff may change it (a veteran cannot declare themselves moved out). */
  staffOnly?: boolean;
  /**
   * Party membership (issue 15): the person reads it in their own file; the grid team and area staff see
   * PARTY_HIDDEN instead (the branch's secretary and party-affairs staff read it in the branch's member list).
   */
  partyOnly?: boolean;
}

/** What the ledger shows in place of party membership. */
export const PARTY_HIDDEN = '仅党组织可见';

export const GENDER_LABELS = { male: '男', female: '女' } as const;
const GENDER = GENDER_LABELS;
const LIFE = { in_district: '在区', moved_out: '已迁出', deceased: '已故' } as const;
const text = (v: string | null | undefined) => v ?? '';

export const FILE_FIELDS = {
  name: { label: '姓名', section: 'identity', parse: values.personName, path: 'name', show: (d) => d.name },
  gender: {
    label: '性别',
    section: 'identity',
    parse: genderValue,
    path: 'gender',
    show: (d) => GENDER[d.gender] ?? '',
  },
  birthDate: {
    label: '出生日期',
    section: 'identity',
    parse: dateValue('出生日期'),
    path: 'birthDate',
    show: (d) => d.birthDate,
  },
  ethnicity: {
    label: '民族',
    section: 'identity',
    parse: requiredText('民族', 20),
    path: 'ethnicity',
    show: (d) => d.ethnicity,
  },
  idNumber: {
    label: '身份证号',
    section: 'identity',
    parse: values.idCardNumber,
    sensitive: 'id',
    path: 'id',
    show: (d) => d.idMasked,
  },
  hukou: { label: '户籍地', section: 'identity', parse: shortText('户籍地'), path: 'hukou', show: (d) => d.hukou },
  phone: {
    label: '手机号',
    section: 'phone',
    parse: values.mainlandMobile,
    sensitive: 'phone',
    path: 'phone',
    show: (d) => text(d.phoneMasked),
  },
  address: {
    label: '住址',
    section: 'address',
    parse: shortText('住址', 120),
    path: 'address',
    show: (d) => d.address,
  },
  enlistDate: {
    label: '入伍时间',
    section: 'service',
    parse: optionalDate('入伍时间'),
    path: 'service.enlistDate',
    show: (d) => text(d.service.enlistDate),
  },
  dischargeDate: {
    label: '退役时间',
    section: 'service',
    parse: optionalDate('退役时间'),
    path: 'service.dischargeDate',
    show: (d) => text(d.service.dischargeDate),
  },
  arm: {
    label: '军兵种',
    section: 'service',
    parse: shortText('军兵种', 20),
    path: 'service.arm',
    show: (d) => d.service.arm,
  },
  rank: {
    label: '军衔',
    section: 'service',
    parse: shortText('军衔', 20),
    path: 'service.rank',
    show: (d) => d.service.rank,
  },
  exitMode: {
    label: '退役方式',
    section: 'service',
    path: 'service.exitMode',
    show: (d) => text(d.service.exitMode),
    parse: oneOf('退役方式', ['退伍', '转业', '复员', '退休'] as const),
  },
  awards: {
    label: '立功受奖',
    section: 'awards',
    parse: awardsValue,
    path: 'awards',
    show: (d) => d.awards.map((a) => `${a.level} ${a.year}`).join('；'),
  },
  partyMember: {
    label: '是否党员',
    section: 'party',
    parse: yesNo('是否党员'),
    path: 'party.member',
    show: (d) => (d.party.member ? '是' : '否'),
    partyOnly: true,
  },
  partyBranch: {
    label: '所在党支部',
    section: 'party',
    parse: shortText('所在党支部', 60),
    path: 'party.branch',
    show: (d) => d.party.branch,
    partyOnly: true,
  },
  dependantType: {
    label: '优抚类别',
    section: 'dependant',
    parse: values.dependantType,
    path: 'dependantType',
    show: (d) => text(d.dependantType),
  },
  emergencyName: {
    label: '紧急联系人',
    section: 'emergency',
    parse: shortText('紧急联系人', 30),
    path: 'emergencyContact.name',
    show: (d) => d.emergencyContact?.name ?? '',
  },
  emergencyRelation: {
    label: '紧急联系人关系',
    section: 'emergency',
    parse: shortText('关系', 10),
    path: 'emergencyContact.relation',
    show: (d) => d.emergencyContact?.relation ?? '',
  },
  emergencyPhone: {
    label: '紧急联系人电话',
    section: 'emergency',
    parse: values.optionalMobile,
    sensitive: 'phone',
    path: 'emergencyContact.phone',
    show: (d) => text(d.emergencyContact?.phoneMasked),
  },
  workStatus: {
    label: '就业情况',
    section: 'work',
    parse: values.workStatus,
    path: 'work.status',
    show: (d) => text(d.work?.status),
  },
  employer: {
    label: '工作单位',
    section: 'work',
    parse: shortText('工作单位', 60),
    path: 'work.employer',
    show: (d) => d.work?.employer ?? '',
  },
  living: {
    label: '居住情况',
    section: 'living',
    parse: values.livingArrangement,
    path: 'living.arrangement',
    show: (d) => text(d.living?.arrangement),
  },
  lifeStatus: {
    label: '人员状态',
    section: 'identity',
    parse: lifeStatusValue,
    path: 'lifeStatus',
    show: (d) => LIFE[d.lifeStatus],
    staffOnly: true,
  },
} satisfies Record<string, FieldDef>;

export type FileField = keyof typeof FILE_FIELDS;
export const FILE_FIELD_NAMES = Object.keys(FILE_FIELDS) as [FileField, ...FileField[]];
export { DEPENDANT_TYPES };

/** Visits (走访慰问), six-mandatory-visit tasks (六必访) and visit campaigns (大走访). Money in integer fen. */
export const VISIT_KINDS = ['routine', 'festival', 'campaign', 'mandatory'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const VISIT_KIND_LABELS: Record<VisitKind, string> = {
  routine: '日常联系',
  festival: '节日走访',
  campaign: '大走访',
  mandatory: '六必访',
};

/** The six mandatory occasions as the district may configure them (label, days to visit, on/off). */
export interface OccasionSetting {
  key: string;
  label: string;
  dueDays: number;
  enabled: boolean;
}

export const DEFAULT_OCCASIONS: OccasionSetting[] = [
  { key: 'illness', label: '重病住院', dueDays: 3, enabled: true },
  { key: 'misfortune', label: '家庭重大变故', dueDays: 3, enabled: true },
  { key: 'hardship', label: '生活特别困难', dueDays: 7, enabled: true },
  { key: 'dispute', label: '发生重大矛盾纠纷', dueDays: 2, enabled: true },
  { key: 'holiday', label: '重大节日', dueDays: 10, enabled: true },
  { key: 'bereavement', label: '家中有丧事', dueDays: 2, enabled: true },
];

/** Collection `careSettings`, _id = the district's org id. */
export interface CareSettingsDoc {
  _id: string;
  occasions: OccasionSetting[];
  /** Days without contact after which a veteran shows on the grid member's list. */
  contactDays: number;
  keyGroupContactDays: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export const DEFAULT_CONTACT_DAYS = 90;
export const DEFAULT_KEY_GROUP_CONTACT_DAYS = 30;

/** Collection `visits`. */
export interface VisitDoc {
  _id: string;
  veteranId: string;
  veteranName: string;
  /** [district, street, community, grid] of the veteran at the time of the visit. */
  orgPath: string[];
  gridId: string;
  date: Date;
  /** YYYY-MM in Asia/Shanghai, for grouping by month. */
  month: string;
  kind: VisitKind;
  occasion: string | null;
  campaignId: string | null;
  taskId: string | null;
  household: boolean;
  visitors: string[];
  findings: string;
  goods: string;
  goodsValueFen: number;
  moneyFen: number;
  /** goodsValueFen + moneyFen. */
  valueFen: number;
  photos: string[];
  followUp: boolean;
  followUpNote: string;
  createdBy: string;
  createdAt: Date;
  /** False from the visit's write until it is counted in `careMonthly` (cloudfunctions/_kernel/care-monthly). */
  monthlyBooked?: boolean;
}

export type TaskSource = 'grid' | 'request' | 'ledger';

/** Collection `visitTasks`: a six-mandatory visit owed to a veteran by their grid. */
export interface VisitTaskDoc {
  _id: string;
  veteranId: string;
  veteranName: string;
  orgPath: string[];
  gridId: string;
  occasion: string;
  occasionLabel: string;
  source: TaskSource;
  sourceId: string | null;
  note: string;
  dueAt: Date;
  status: 'open' | 'done';
  visitId: string | null;
  doneAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

/** Collection `visitCampaigns` (大走访): a period and a target list over a node. */
export interface CampaignDoc {
  _id: string;
  name: string;
  orgId: string;
  orgPath: string[];
  startDate: Date;
  endDate: Date;
  target: 'all' | 'key_groups';
  targetIds: string[];
  createdBy: string;
  createdAt: Date;
}

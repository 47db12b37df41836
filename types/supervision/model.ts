import type { SupervisorType } from '../auth/roles';

/**
 * Collection `supervisors`: an appointment by the recruitment office (integrity) or an agency (conduct).
 * Holds the person's name and OPENID: read only to build the caller's roles, to show the supervisor
 * their own card, and by the actions guarded by the appointing body's policies.
 */
export interface SupervisorDoc {
  _id: string;
  type: SupervisorType;
  /** The body supervised (an org unit id) and its path. */
  bodyId: string;
  bodyPath: string[];
  name: string;
  openid: string | null;
  certificateNo: string;
  /** Inclusive calendar days of the term, stored as UTC instants of Shanghai midnight. */
  termStart: Date;
  termEnd: Date;
  agreementSigned: boolean;
  appointedBy: string;
  /** One-time code the person binds their WeChat account with; null once bound. */
  bindCode: string | null;
  status: 'active' | 'revoked';
  createdAt: Date;
}

export const STAGE_KINDS = ['registration', 'physical', 'political', 'approval', 'dispatch'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
export const STAGE_LABELS: Record<StageKind, string> = {
  registration: '网上报名',
  physical: '体检',
  political: '政治考核',
  approval: '审批定兵',
  dispatch: '交接运输',
};
/** The stages whose candidates are published (公示). */
export const NOTICE_STAGES: StageKind[] = ['physical', 'political', 'approval'];

/** Collection `recruitmentStages`: one stage of a year's recruitment. */
export interface StageDoc {
  _id: string;
  bodyId: string;
  bodyPath: string[];
  year: number;
  kind: StageKind;
  startsOn: string;
  endsOn: string;
  createdAt: Date;
}

export const MASK_MODES = ['full', 'middle', 'surname'] as const;
export type MaskMode = (typeof MASK_MODES)[number];

export interface NoticeCandidate {
  /** 报名编号: how candidates are matched across the stages' notices. */
  candidateNo: string;
  name: string;
  /** e.g. 合格 / 通过 / 批准入伍 */
  result: string;
}

/** Collection `recruitmentNotices`: a public notice (公示) of one stage's candidates. */
export interface NoticeDoc {
  _id: string;
  bodyId: string;
  bodyPath: string[];
  stageId: string;
  year: number;
  kind: StageKind;
  title: string;
  candidates: NoticeCandidate[];
  maskMode: MaskMode;
  publicityStart: Date;
  publicityEnd: Date;
  publishedBy: string;
  createdAt: Date;
}

/** Collection `recruitmentProhibitions`: `_id` = body id; the ten prohibitions (十个严禁) the office maintains. */
export interface ProhibitionsDoc {
  _id: string;
  items: string[];
  updatedAt: Date;
  updatedBy: string;
}

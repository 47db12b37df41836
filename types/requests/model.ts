/** Requests (诉求): categories, steps, levels and the stored document. */
export const REQUEST_CATEGORIES = [
  '政策咨询',
  '优抚待遇',
  '就业创业',
  '生活困难',
  '医疗保障',
  '住房',
  '权益维护',
  '其他',
] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];

/** The steps a request goes through. `returned` (已退回) ends it with a reason. */
export const REQUEST_STATUSES = ['submitted', 'accepted', 'in_progress', 'answered', 'closed', 'returned'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  in_progress: '办理中',
  answered: '已答复',
  closed: '已办结',
  returned: '已退回',
};

/** What each step means to the person who asked, in plain words. */
export const STATUS_PLAIN: Record<RequestStatus, string> = {
  submitted: '已收到您的诉求，等待工作人员受理',
  accepted: '工作人员已受理，正在了解情况',
  in_progress: '正在办理中',
  answered: '已给出答复，请查看并评价',
  closed: '诉求已办结',
  returned: '诉求已退回，请查看原因',
};

/** The levels that handle requests, lowest first. Index = position in the org path. */
export const LEVELS = ['district', 'street', 'community', 'grid'] as const;
export type RequestLevel = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<RequestLevel, string> = {
  grid: '网格',
  community: '服务站',
  street: '街道（镇）',
  district: '区退役军人事务局',
};
/** Position of a level in a request's org path [district, street, community, grid]. */
export const LEVEL_DEPTH: Record<RequestLevel, number> = { district: 0, street: 1, community: 2, grid: 3 };
export const LEVEL_AT_DEPTH: RequestLevel[] = ['district', 'street', 'community', 'grid'];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const RATINGS = ['satisfied', 'basic', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' };

/** One fact for the figures, indexed per level: what became of the request. */
export type Outcome =
  | 'open'
  | 'returned'
  | 'closed_satisfied'
  | 'closed_basic'
  | 'closed_unsatisfied'
  | 'closed_unrated';

export const CONTACT_METHODS = ['phone', 'wechat', 'visit'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_LABELS: Record<ContactMethod, string> = {
  phone: '电话联系',
  wechat: '小程序内回复',
  visit: '上门面谈',
};

export type EventKind =
  | 'submitted'
  | 'accepted'
  | 'started'
  | 'assigned'
  | 'escalated'
  | 'handed_back'
  | 'progress'
  | 'answered'
  | 'closed'
  | 'returned'
  | 'info_added'
  | 'rated'
  | 'reopened'
  | 'note'
  | 'legacy_marked'
  | 'overdue'
  | 'auto_closed';

/** One entry of a request's timeline: who, when, what. `internal` ones are shown to staff only. */
export interface TimelineEvent {
  id: string;
  kind: EventKind;
  at: Date;
  /** staff id, 'submitter', or 'system' */
  by: string;
  byName: string;
  text: string;
  internal: boolean;
  photos?: string[];
  fromLevel?: RequestLevel;
  toLevel?: RequestLevel;
  rating?: Rating;
}

/** Collection `requests`. `_id` derives from (submitter openid, client token): a retry finds the same document. */
export interface RequestDoc {
  _id: string;
  refNo: string;
  category: RequestCategory;
  description: string;
  photos: string[];
  contact: { method: ContactMethod; phoneMasked: string | null; phoneEnc: string | null };
  urgency: Urgency;
  /** 1 urgent, 0 normal: sorts urgent first in every inbox. */
  priority: 1 | 0;
  veteranId: string;
  veteranName: string;
  /** The WeChat user who follows it (the veteran's account); null when filed for a veteran without one. */
  openid: string | null;
  /** A grid member who filed it on the veteran's behalf. */
  filedBy: string | null;
  /** The veteran's grid: [district, street, community, grid]. */
  orgPath: string[];
  gridId: string;
  status: RequestStatus;
  /** 1 while not closed or returned. */
  active: 1 | 0;
  level: RequestLevel;
  /** The org node handling it now: orgPath[LEVEL_DEPTH[level]]. */
  handlerOrgId: string;
  assigneeId: string | null;
  legacy: 1 | 0;
  acceptDueAt: Date | null;
  answerDueAt: Date | null;
  /** The next deadline (accept, then answer); null once answered or ended. */
  dueAt: Date | null;
  overdue: 1 | 0;
  answer: string | null;
  answeredAt: Date | null;
  /** Hours from submission to the first answer (the figures' median). */
  answerHours: number | null;
  rating: Rating | null;
  ratingComment: string | null;
  /** 不满意 ratings so far: the first reopens, the second escalates. */
  unsatisfiedCount: number;
  outcome: Outcome;
  returnReason: string | null;
  timeline: TimelineEvent[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

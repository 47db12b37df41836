export const FEEDBACK_KINDS = ['suggestion', 'problem'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = { suggestion: '意见建议', problem: '问题反映' };

export const FEEDBACK_STATUSES = ['received', 'answered', 'rectifying', 'rectified', 'accepted', 'disputed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  received: '待答复',
  answered: '已答复',
  rectifying: '整改中',
  rectified: '已整改，待监督员确认',
  accepted: '监督员认可',
  disputed: '监督员有异议',
};

export interface Rectification {
  measure: string;
  /** YYYY-MM-DD (Asia/Shanghai): done on time when done on or before this day. */
  deadline: string;
  doneAt: Date | null;
  evidence: string;
  doneOnTime: boolean | null;
}

/**
 * Collection `conductFeedback`: a conduct supervisor's feedback on their agency. Like reports, it carries
 * nothing that names the supervisor: who filed it lives in `feedbackAuthors`.
 */
export interface FeedbackDoc {
  _id: string;
  refNo: string;
  bodyId: string;
  bodyPath: string[];
  kind: FeedbackKind;
  subject: string;
  description: string;
  filedAt: Date;
  status: FeedbackStatus;
  answer: { text: string; at: Date } | null;
  rectification: Rectification | null;
  verdict: { verdict: 'accepted' | 'disputed'; comment: string; at: Date } | null;
  /** Raised at a supervisors' meeting (collection `supervisorMeetings`), when it was. */
  meetingId?: string | null;
  updatedAt: Date;
}

/** Collection `feedbackAuthors`: `_id` = the feedback's id. Read only for the author's own list and verdict. */
export interface FeedbackAuthorDoc {
  _id: string;
  supervisorId: string;
  openid: string;
  filedAt: Date;
}

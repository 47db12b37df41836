export const REPORT_TYPES = ['prohibition', 'micro_corruption', 'hidden_corruption', 'other'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const REPORT_TYPE_LABELS: Record<ReportType, string> = {
  prohibition: '违反“十个严禁”',
  micro_corruption: '微腐败',
  hidden_corruption: '暗腐败',
  other: '其他问题',
};

export const REPORT_STATUSES = ['received', 'handling', 'answered', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  received: '已收到',
  handling: '正在处理',
  answered: '已答复',
  closed: '已办结',
};

export interface ReportStep {
  status: ReportStatus;
  at: Date;
  note: string;
}

export interface Publication {
  summary: string;
  measures: string;
  publishedAt: Date;
}

/**
 * Collection `supervisionReports`: an integrity supervisor's report. It carries NOTHING that names the
 * reporter (no OPENID, name, account or supervisor id): who filed it lives in `reportReporters` only.
 */
export interface ReportDoc {
  _id: string;
  refNo: string;
  bodyId: string;
  bodyPath: string[];
  stageId: string;
  place: string;
  type: ReportType;
  /** 1-10 when `type` is 'prohibition'. */
  prohibitionNo: number | null;
  description: string;
  /** Ids of `reportPhotos` (random; the stored file names are random too). */
  photoIds: string[];
  observedAt: Date;
  filedAt: Date;
  status: ReportStatus;
  /** The office staff member handling it. */
  assigneeStaffId: string | null;
  steps: ReportStep[];
  answer: string;
  publication: Publication | null;
  /** 'public' once on the problem list (问题清单); with `publishedAt` it orders the list. */
  listing: 'public' | 'none';
  publishedAt: Date | null;
  updatedAt: Date;
}

/** Collection `reportReporters`: `_id` = the report's id. Read only for the reporter's own list and the head's reveal. */
export interface ReporterLinkDoc {
  _id: string;
  supervisorId: string;
  openid: string;
  filedAt: Date;
}

/**
 * Collection `reportPhotos`: a photo stored with its metadata stripped under a random name. `_id` is
 * random and known only to whoever uploaded it until it is attached to a report.
 */
export interface ReportPhotoDoc {
  _id: string;
  fileID: string;
  bytes: number;
  contentType: 'image/jpeg' | 'image/png';
  attachedTo: string | null;
  stagedAt: Date;
}

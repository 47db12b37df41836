/**
 * Policy notices (政策通知). A notice is ONE document with a scope (an org node): it shows in every group
 * and 通知 list under that scope by a query on the scope (`scopeOrgId in <the reader's org path>`), never
 * copied per grid or per veteran. Read receipts are one small document per (notice, reader).
 */
export const NOTICE_CATEGORIES = [
  '政策宣传',
  '优待证',
  '就业创业',
  '教育培训',
  '医疗保障',
  '活动',
  '走访慰问',
  '征兵',
  '其他',
] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

/** Collection `notices`. `_id` is a time-ordered key (publish time): the timeline key in groups. */
export interface NoticeDoc {
  _id: string;
  title: string;
  body: string;
  category: NoticeCategory;
  imageFileIds: string[];
  publisherOpenid: string;
  publisherName: string;
  /** e.g. 网格长 · 第三网格, 南屏镇退役军人服务中心 */
  publisherLabel: string;
  /**
   * The org path of the seat the notice was published from (its level): only the publisher and staff of a
   * node strictly above it may edit or withdraw. Older notices without it are resolved from the
   * publisher's seats.
   */
  publisherOrgPath?: string[];
  scopeOrgId: string;
  scopePath: string[];
  scopeKind: 'district' | 'street' | 'community' | 'grid';
  scopeName: string;
  expiresAt: Date;
  requireAck: boolean;
  status: 'published' | 'withdrawn';
  revision: number;
  editedAt: Date | null;
  /** Who made the latest edit, shown to readers as 「由…修改」 (null until edited). */
  editedBy?: { openid: string; name: string; label: string } | null;
  /** 'pending' until the notification sweep has gone through the whole audience; never 'done' before. */
  notifyState: 'pending' | 'done';
  /** Where the sweep resumes: the audience is paged by `_id`, veterans first, then staff. */
  notifyCursor?: { phase: 'veterans' | 'staff'; after: string } | null;
  /** The cursor as one ordered string, so a save can refuse to move it back. */
  notifyCursorKey?: string;
  /**
   * Veterans' read receipts of the notice (absent = none yet): kept by markNoticeRead when a veteran's first
   * receipt is written, so figures over many notices read one field instead of counting receipts; the
   * rebuild job recounts it (cloudfunctions/_domain/rollups/notice-reads.ts).
   */
  readCount?: number;
  createdAt: Date;
  /** A new timeline key on every change (edit, withdraw), for group sync. */
  rev: string;
}

/** Collection `noticeReceipts`: `_id` = `${noticeId}__${openid}`, written when the reader opens the notice. */
export interface NoticeReceiptDoc {
  _id: string;
  noticeId: string;
  openid: string;
  /** Only veterans' receipts count in the publisher's figures; staff receipts only clear their own marks. */
  readerKind: 'veteran' | 'staff';
  gridId: string | null;
  readAt: Date;
  acked: boolean;
  ackedAt: Date | null;
}

export const NOTICE_LIMITS = {
  titleMax: 40,
  bodyMax: 2000,
  imagesMax: 4,
  expiryDaysMax: 366,
};

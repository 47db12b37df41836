import type { NoticeCategory } from './model';

/**
 * A notice as every list shows it, the 通知 list and a group's notice card alike (one builder:
 * cloudfunctions/_domain/notices/view.ts). A withdrawn notice keeps only its place: no title, no summary.
 */
export interface NoticeSummary {
  id: string;
  title: string;
  category: NoticeCategory;
  summary: string;
  scopeName: string;
  /** Who published it as readers see it: 网格长 · 第三网格, 南屏镇退役军人服务中心. */
  publisherLabel: string;
  createdAt: string;
  requireAck: boolean;
  revision: number;
  /** The latest editor as readers see it (「由 吴区局（区退役军人事务局工作人员）修改」); null when never edited. */
  editedBy: string | null;
  /** How many images the notice carries (lists show a count; the detail shows them). */
  imageCount: number;
  withdrawn: boolean;
}

export interface NoticeListItem extends NoticeSummary {
  expiresAt: string;
  expired: boolean;
  /** The caller has not opened it yet. */
  unread: boolean;
  /** 需确认 and the caller has not acknowledged. */
  needsMyAck: boolean;
  mine: boolean;
}

export interface NoticeDetail extends NoticeListItem {
  body: string;
  publisherName: string;
  scopeOrgId: string;
  editedAt: string | null;
  /** Ten-minute URLs, handed only to those who may read the notice; fileId lets an editor keep an image. */
  images: { fileId: string; url: string }[];
  acked: boolean;
  /** The caller may see read receipts, edit and withdraw. */
  canSeeReceipts: boolean;
  canEdit: boolean;
}

export interface ReceiptSummary {
  noticeId: string;
  /** Bound veterans (members) of the groups in scope. */
  audience: number;
  read: number;
  unread: number;
  acked: number;
  requireAck: boolean;
}

export interface UnreadPerson {
  name: string;
  phoneMasked: string | null;
  /** Present only when the caller asked to reveal (logged). */
  phone?: string;
}

export interface ScopeOption {
  orgId: string;
  name: string;
  kind: 'district' | 'street' | 'community' | 'grid';
}

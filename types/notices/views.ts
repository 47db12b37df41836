import type { NoticeCategory } from './model';

export interface NoticeListItem {
  id: string;
  title: string;
  category: NoticeCategory;
  summary: string;
  scopeName: string;
  publisherLabel: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  requireAck: boolean;
  revision: number;
  /** The latest editor as readers see it (「由 吴区局（区退役军人事务局工作人员）修改」); null when never edited. */
  editedBy: string | null;
  /** How many images the notice carries (the list shows a count; the detail shows them). */
  imageCount: number;
  withdrawn: boolean;
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

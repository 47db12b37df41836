import type { NoticeDoc, NoticeReceiptDoc } from '../../../types/notices/model';
import type { NoticeListItem } from '../../../types/notices/views';
import type { ActionContext } from '../../_kernel/action';
import { receiptId } from './reach';

/** The caller's receipts for these notices, by notice id (one query by receipt ids). */
export async function myReceipts(
  ctx: ActionContext,
  openid: string,
  noticeIds: string[],
): Promise<Map<string, NoticeReceiptDoc>> {
  if (!noticeIds.length) return new Map();
  const docs = await ctx.read.many<NoticeReceiptDoc>(
    'noticeReceipts',
    { _id: ctx._.in(noticeIds.map((id) => receiptId(id, openid))) },
    { limit: noticeIds.length },
  );
  return new Map(docs.map((d) => [d.noticeId, d]));
}

export function listItem(
  n: NoticeDoc,
  receipt: NoticeReceiptDoc | undefined,
  openid: string,
  now: Date,
): NoticeListItem {
  const withdrawn = n.status === 'withdrawn';
  return {
    id: n._id,
    title: n.title,
    category: n.category,
    summary: n.body.slice(0, 60),
    scopeName: n.scopeName,
    publisherLabel: n.publisherLabel,
    createdAt: n.createdAt.toISOString(),
    expiresAt: n.expiresAt.toISOString(),
    expired: n.expiresAt.getTime() <= now.getTime(),
    requireAck: n.requireAck,
    revision: n.revision,
    editedBy: n.editedBy ? `${n.editedBy.name}（${n.editedBy.label}）` : null,
    imageCount: withdrawn ? 0 : n.imageFileIds.length,
    withdrawn,
    unread: !receipt && !withdrawn && n.publisherOpenid !== openid,
    needsMyAck: n.requireAck && !withdrawn && !receipt?.acked && n.publisherOpenid !== openid,
    mine: n.publisherOpenid === openid,
  };
}

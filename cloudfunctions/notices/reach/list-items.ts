import type { NoticeDoc, NoticeReceiptDoc } from '../../../types/notices/model';
import type { NoticeListItem } from '../../../types/notices/views';
import type { ActionContext } from '../../_kernel/action';
import { noticeSummary } from '../../_domain/notices/view';
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

/** A notice in the caller's 通知 list: the notice as every list shows it, with what it is to them. */
export function listItem(
  n: NoticeDoc,
  receipt: NoticeReceiptDoc | undefined,
  openid: string,
  now: Date,
): NoticeListItem {
  const withdrawn = n.status === 'withdrawn';
  return {
    ...noticeSummary(n),
    expiresAt: n.expiresAt.toISOString(),
    expired: n.expiresAt.getTime() <= now.getTime(),
    unread: !receipt && !withdrawn && n.publisherOpenid !== openid,
    needsMyAck: n.requireAck && !withdrawn && !receipt?.acked && n.publisherOpenid !== openid,
    mine: n.publisherOpenid === openid,
  };
}

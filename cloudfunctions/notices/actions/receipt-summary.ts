import { receiptSummary } from '../../../types/notices/contracts';
import { defineAction } from '../../_kernel/action';
import { audienceSizes } from '../../_domain/notices/reach';
import { isPublisherOf, visibleNotice } from '../reach/reach';

/** The audience from the scope's rollup and three indexed counts, however many veterans the scope holds. */
export default defineAction(receiptSummary, async ({ noticeId }, ctx) => {
  const { me, notice } = await visibleNotice(ctx, noticeId);
  // The publisher always; other staff through the policy over the notice's scope.
  if (!isPublisherOf(me, notice)) await ctx.authorize('notice:receipts', { orgPath: notice.scopePath });
  const [audience, read, acked] = await Promise.all([
    audienceSizes(ctx, [notice.scopeOrgId]).then((m) => m.get(notice.scopeOrgId) ?? 0),
    ctx.read.count('noticeReceipts', { noticeId, readerKind: 'veteran' }),
    notice.requireAck
      ? ctx.read.count('noticeReceipts', { noticeId, readerKind: 'veteran', ackedAt: ctx._.gt(new Date(0)) })
      : Promise.resolve(0),
  ]);
  return { noticeId, audience, read, unread: Math.max(0, audience - read), acked, requireAck: notice.requireAck };
});

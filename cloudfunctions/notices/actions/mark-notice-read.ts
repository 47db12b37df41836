import { markNoticeRead } from '../../../types/notices/contracts';
import type { NoticeReceiptDoc } from '../../../types/notices/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { reaches } from '../../_domain/notices/reach';
import { receiptId, visibleNotice } from '../reach/reach';

/**
 * One receipt per (notice, reader), written on the first read and once more on 确认; re-reading writes nothing.
 * A veteran's first receipt adds one to the notice's `readCount`: the receipt is created with add(), which
 * fails when a concurrent first read created it, so each receipt is counted once. A request cut off between
 * the two writes leaves the count one short until the rebuild job recounts it.
 */
export default defineAction(markNoticeRead, async ({ noticeId, ack }, ctx) => {
  const { me, notice, reached } = await visibleNotice(ctx, noticeId);
  if (notice.status !== 'published') throw new AppError('PRECONDITION_FAILED', '该通知已撤回');
  if (ack && !notice.requireAck) throw new AppError('PRECONDITION_FAILED', '该通知不需要确认', 'ack');
  const id = receiptId(noticeId, me.openid);
  const existing = await ctx.read.byId<NoticeReceiptDoc>('noticeReceipts', id);
  if (existing && (!ack || existing.acked)) return { acked: existing.acked };
  const asVeteran = reached && me.veteran !== null && reaches(notice, me.veteran.orgPath);
  const doc: Omit<NoticeReceiptDoc, '_id'> = {
    noticeId,
    openid: me.openid,
    readerKind: asVeteran ? 'veteran' : 'staff',
    gridId: asVeteran ? (me.veteran?.gridId ?? null) : null,
    readAt: existing?.readAt ?? ctx.now,
    acked: ack,
    ackedAt: ack ? ctx.now : null,
  };
  if (existing) {
    await ctx.db.collection('noticeReceipts').doc(id).set({ data: doc });
    return { acked: ack };
  }
  const created = await (
    ctx.db.collection('noticeReceipts').add({ data: { _id: id, ...doc } }) as Promise<unknown>
  ).then(
    () => true,
    () => false,
  );
  if (!created) {
    // A concurrent first read of the same person made the receipt (and counted it): only the 确认 is left.
    if (ack)
      await ctx.db
        .collection('noticeReceipts')
        .doc(id)
        .update({ data: { acked: true, ackedAt: ctx.now } });
    return { acked: ack };
  }
  if (doc.readerKind === 'veteran')
    await ctx.db
      .collection('notices')
      .doc(noticeId)
      .update({ data: { readCount: ctx._.inc(1) } });
  return { acked: ack };
});

import { editNotice, withdrawNotice } from '../../../types/notices/contracts';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { checkText } from '../../_domain/groups/content-check';
import { timelineKey } from '../../_domain/groups/timeline-keys';
import { oversees, visibleNotice } from '../reach/reach';
import { checkNoticeImages, deleteDroppedImages } from './notice-images';

const DENIED = '只有发布人或上级工作人员可以修改或撤回通知';

/** Edits keep the notice's place in the timeline; readers see 「已修改」 with the revision. */
export const editNoticeAction = defineAction(editNotice, async ({ noticeId, ...fields }, ctx) => {
  const { me, notice } = await visibleNotice(ctx, noticeId);
  if (!oversees(me, notice)) throw new AppError('FORBIDDEN', DENIED);
  if (notice.status !== 'published') throw new AppError('PRECONDITION_FAILED', '通知已撤回，不能修改');
  checkNoticeImages(ctx, fields.imageFileIds, notice.imageFileIds);
  await checkText(ctx, me.openid, `${fields.title}\n${fields.body}`, 'body');
  const revision = notice.revision + 1;
  await ctx.db
    .collection('notices')
    .doc(noticeId)
    .update({
      data: {
        title: fields.title,
        body: fields.body,
        category: fields.category,
        requireAck: fields.requireAck,
        imageFileIds: fields.imageFileIds,
        expiresAt: new Date(notice.createdAt.getTime() + fields.expiresInDays * 86_400_000),
        revision,
        editedAt: ctx.now,
        rev: timelineKey(ctx.now),
      },
    });
  await deleteDroppedImages(ctx, notice.imageFileIds, fields.imageFileIds);
  return { revision };
});

export const withdrawNoticeAction = defineAction(withdrawNotice, async ({ noticeId }, ctx) => {
  const { me, notice } = await visibleNotice(ctx, noticeId);
  if (!oversees(me, notice)) throw new AppError('FORBIDDEN', DENIED);
  if (notice.status !== 'published') throw new AppError('PRECONDITION_FAILED', '通知已经撤回');
  await ctx.db
    .collection('notices')
    .doc(noticeId)
    .update({ data: { status: 'withdrawn', rev: timelineKey(ctx.now) } });
  return { ok: true as const };
});

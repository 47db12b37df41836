import { editNotice, withdrawNotice } from '../../../types/notices/contracts';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { checkText } from '../../_domain/groups/content-check';
import { timelineKey } from '../../_domain/groups/timeline-keys';
import { ROLE_LABELS } from '../../../types/auth/roles';
import type { NoticeDoc } from '../../../types/notices/model';
import type { Caller } from '../../_kernel/caller';
import { authorizeChange, visibleNotice } from '../reach/reach';
import { checkNoticeImages, deleteDroppedImages } from './notice-images';

/** The editor as readers see them: 「由 吴区局（区退役军人事务局工作人员）修改」. */
function editorOf(me: Caller, n: NoticeDoc): NonNullable<NoticeDoc['editedBy']> {
  const seat = me.staff
    .filter((s) => n.scopePath.includes(s.orgId))
    .sort((a, b) => a.orgPath.length - b.orgPath.length)[0];
  return { openid: me.openid, name: seat?.name ?? n.publisherName, label: seat ? ROLE_LABELS[seat.role] : '发布人' };
}

/** Edits keep the notice's place in the timeline; readers see 「已修改」 with the revision and who edited it. */
export const editNoticeAction = defineAction(editNotice, async ({ noticeId, ...fields }, ctx) => {
  const { me, notice } = await visibleNotice(ctx, noticeId);
  await authorizeChange(ctx, notice);
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
        editedBy: editorOf(me, notice),
        rev: timelineKey(ctx.now),
      },
    });
  await deleteDroppedImages(ctx, notice.imageFileIds, fields.imageFileIds);
  return { revision };
});

export const withdrawNoticeAction = defineAction(withdrawNotice, async ({ noticeId }, ctx) => {
  const { notice } = await visibleNotice(ctx, noticeId);
  await authorizeChange(ctx, notice);
  if (notice.status !== 'published') throw new AppError('PRECONDITION_FAILED', '通知已经撤回');
  await ctx.db
    .collection('notices')
    .doc(noticeId)
    .update({ data: { status: 'withdrawn', rev: timelineKey(ctx.now) } });
  return { ok: true as const };
});

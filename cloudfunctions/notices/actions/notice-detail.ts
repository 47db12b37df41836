import { noticeDetail } from '../../../types/notices/contracts';
import { can } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { isPublisherOf, oversees, visibleNotice } from '../reach/reach';
import { listItem, myReceipts } from '../reach/list-items';

/** Reading the detail does not mark it read: the page calls markNoticeRead once it has shown it. */
export default defineAction(noticeDetail, async ({ noticeId }, ctx) => {
  const { me, notice } = await visibleNotice(ctx, noticeId);
  const receipt = (await myReceipts(ctx, me.openid, [noticeId])).get(noticeId);
  const withdrawn = notice.status === 'withdrawn';
  let imageUrls: string[] = [];
  if (!withdrawn && notice.imageFileIds.length) {
    const res = (await ctx.sdk.getTempFileURL({ fileList: notice.imageFileIds.map((fileID) => ({ fileID, maxAge: 600 })) })) as { fileList: { tempFileURL: string }[] };
    imageUrls = res.fileList.map((f) => f.tempFileURL).filter(Boolean);
  }
  return {
    ...listItem(notice, receipt, me.openid, ctx.now),
    title: withdrawn ? '该通知已撤回' : notice.title,
    body: withdrawn ? '' : notice.body,
    publisherName: notice.publisherName,
    scopeOrgId: notice.scopeOrgId,
    editedAt: notice.editedAt ? notice.editedAt.toISOString() : null,
    imageUrls,
    acked: Boolean(receipt?.acked),
    canSeeReceipts: oversees(me, notice),
    canEdit: !withdrawn && (isPublisherOf(me, notice) || can(me, 'notice:publish', { orgPath: notice.scopePath })),
  };
});

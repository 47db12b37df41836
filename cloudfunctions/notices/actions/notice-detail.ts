import { noticeDetail } from '../../../types/notices/contracts';
import { can } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { tempUrls } from '../../_kernel/uploads/temp-urls';
import { changePlace, oversees, visibleNotice } from '../reach/reach';
import { listItem, myReceipts } from '../reach/list-items';

/**
 * Reading the detail does not mark it read: the page calls markNoticeRead once it has shown it. Images go
 * out as ten-minute URLs, only here, only to those the notice reaches (visibleNotice).
 */
export default defineAction(noticeDetail, async ({ noticeId }, ctx) => {
  const { me, notice } = await visibleNotice(ctx, noticeId);
  const receipt = (await myReceipts(ctx, me.openid, [noticeId])).get(noticeId);
  const withdrawn = notice.status === 'withdrawn';
  const fileIds = withdrawn ? [] : notice.imageFileIds;
  const urls = await tempUrls(ctx, fileIds);
  const images = fileIds.map((fileId) => ({ fileId, url: urls.get(fileId) ?? '' })).filter((i) => i.url);
  return {
    ...listItem(notice, receipt, me.openid, ctx.now),
    title: withdrawn ? '该通知已撤回' : notice.title,
    body: withdrawn ? '' : notice.body,
    publisherName: notice.publisherName,
    scopeOrgId: notice.scopeOrgId,
    editedAt: notice.editedAt ? notice.editedAt.toISOString() : null,
    images,
    acked: Boolean(receipt?.acked),
    canSeeReceipts: oversees(me, notice),
    canEdit: !withdrawn && can(me, 'notice:change', await changePlace(ctx, notice)),
  };
});

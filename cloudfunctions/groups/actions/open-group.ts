import { openGroup } from '../../../types/groups/contracts';
import { defineAction } from '../../_kernel/action';
import { groupAccess } from '../../_domain/groups/access';
import { floorKey } from '../../_domain/groups/timeline-keys';
import { lastReadKey, unreadSince } from '../../_domain/groups/unread';
import { timelinePage } from '../timeline/pages';
import { groupView } from '../timeline/views';

/** Opening a group: a read only; the client marks what it showed as read (markGroupRead). */
export default defineAction(openGroup, async ({ groupId }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  const [page, unread] = await Promise.all([
    timelinePage(ctx, access),
    lastReadKey(ctx, access.me.openid, groupId).then((last) => unreadSince(ctx, groupId, access.noticeScopes, last)),
  ]);
  return { group: groupView(access), items: page.items, hasMore: page.hasMore, cursor: floorKey(ctx.now), unread };
});

import { markGroupRead } from '../../../types/groups/contracts';
import { defineAction } from '../../_kernel/action';
import { groupAccess } from '../../_domain/groups/access';
import { floorKey } from '../../_domain/groups/timeline-keys';
import { advanceReadCursor, lastReadKey, unreadSince } from '../../_domain/groups/unread';

/** Moves the caller's read cursor to the newest key they have seen (never past now). */
export default defineAction(markGroupRead, async ({ groupId, key }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  const ceiling = `${floorKey(ctx.now)}~`;
  const seen = key < ceiling ? key : ceiling;
  const current = await lastReadKey(ctx, access.me.openid, groupId);
  await advanceReadCursor(ctx, access.me.openid, groupId, seen, current);
  return { unread: await unreadSince(ctx, groupId, access.noticeScopes, seen > current ? seen : current) };
});

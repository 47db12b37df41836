import { listNotices } from '../../../types/notices/contracts';
import type { NoticeDoc } from '../../../types/notices/model';
import { defineAction } from '../../_kernel/action';
import { reachingWhere, scopesReachingCaller } from '../../_domain/notices/reach';
import { listItem, myReceipts } from '../reach/list-items';

/** Unread counts look at the active notices, newest first, up to this many. */
const UNREAD_WINDOW = 200;

export default defineAction(listNotices, async ({ before, mine, limit }, ctx) => {
  const me = await ctx.caller();
  const { _ } = ctx;
  const scopes = scopesReachingCaller(me);
  const page = before ? { _id: _.lt(before) } : {};
  const where = mine ? { publisherOpenid: me.openid, ...page } : { ...reachingWhere(ctx, scopes), ...page };
  const [docs, active] = await Promise.all([
    ctx.read.many<NoticeDoc>('notices', where, { orderBy: [['_id', 'desc']], limit: limit + 1 }),
    scopes.length
      ? ctx.read.many<NoticeDoc>(
          'notices',
          { ...reachingWhere(ctx, scopes), status: 'published', expiresAt: _.gt(ctx.now) },
          { orderBy: [['_id', 'desc']], limit: UNREAD_WINDOW },
        )
      : Promise.resolve([]),
  ]);
  const shown = docs.slice(0, limit);
  const receipts = await myReceipts(ctx, me.openid, [...new Set([...shown, ...active].map((n) => n._id))]);
  const unread = active.filter((n) => !receipts.has(n._id) && n.publisherOpenid !== me.openid).length;
  return {
    items: shown.map((n) => listItem(n, receipts.get(n._id), me.openid, ctx.now)),
    hasMore: docs.length > limit,
    unread,
  };
});

import { MESSAGE_LIMITS, type MessageDoc } from '../../../types/groups/model';
import type { NoticeDoc } from '../../../types/notices/model';
import type { TimelineItem } from '../../../types/groups/views';
import type { ActionContext } from '../../_kernel/action';
import type { GroupAccess } from '../../_domain/groups/access';
import { floorKey, syncFrom } from '../../_domain/groups/timeline-keys';
import { reachingWhere } from '../../_domain/notices/reach';
import { merged } from './views';
import { activityCardsBetween, activityCardsChanged } from './activity-cards';

/** Keys sort below this: the upper bound of "the newest page". */
const TOP = '~';

/**
 * One page of the timeline before `before`, newest first: up to 20 messages (by `_id`, from the index),
 * and the notice and activity cards whose keys fall in the same span (both are few: one query each on the
 * scope path).
 */
export async function timelinePage(
  ctx: ActionContext,
  access: GroupAccess,
  before: string = TOP,
): Promise<{ items: TimelineItem[]; hasMore: boolean }> {
  const { _ } = ctx;
  const size = MESSAGE_LIMITS.pageSize;
  const messages = await ctx.read.many<MessageDoc>(
    'messages',
    { groupId: access.group._id, _id: _.lt(before) },
    { orderBy: [['_id', 'desc']], limit: size + 1 },
  );
  const hasMoreMessages = messages.length > size;
  const page = messages.slice(0, size);
  const lower = hasMoreMessages ? page[page.length - 1]._id : '';
  const [notices, activities] = await Promise.all([
    access.noticeScopes
      ? ctx.read.many<NoticeDoc>(
          'notices',
          { ...reachingWhere(ctx, access.noticeScopes), _id: _.and(_.gt(lower), _.lt(before)) },
          { orderBy: [['_id', 'desc']], limit: 50 },
        )
      : Promise.resolve([]),
    access.activityScopes ? activityCardsBetween(ctx, access.activityScopes, lower, before) : Promise.resolve([]),
  ]);
  return { items: merged(page, notices, access.me.openid, ctx.now, activities), hasMore: hasMoreMessages };
}

/** Everything whose `rev` is after the cursor (new, recalled, edited, withdrawn); the client replaces by key. */
export async function timelineChanges(
  ctx: ActionContext,
  access: GroupAccess,
  cursor: string,
): Promise<{ items: TimelineItem[]; cursor: string }> {
  const { _ } = ctx;
  const from = syncFrom(cursor, ctx.now);
  const [messages, notices, activities] = await Promise.all([
    ctx.read.many<MessageDoc>(
      'messages',
      { groupId: access.group._id, rev: _.gt(from) },
      { orderBy: [['rev', 'asc']], limit: 100 },
    ),
    access.noticeScopes
      ? ctx.read.many<NoticeDoc>(
          'notices',
          { ...reachingWhere(ctx, access.noticeScopes), rev: _.gt(from) },
          { orderBy: [['rev', 'asc']], limit: 50 },
        )
      : Promise.resolve([]),
    access.activityScopes ? activityCardsChanged(ctx, access.activityScopes, from) : Promise.resolve([]),
  ]);
  // A burst larger than one answer: continue from the last change returned rather than from now.
  const next = messages.length === 100 ? messages[99].rev : floorKey(ctx.now);
  return { items: merged(messages, notices, access.me.openid, ctx.now, activities), cursor: next };
}

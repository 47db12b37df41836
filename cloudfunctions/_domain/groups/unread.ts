import type { GroupReadDoc, MessageDoc } from '../../../types/groups/model';
import type { ActionContext } from '../../_kernel/action';
import { reachingWhere } from '../notices/reach';
import { floorKey } from './timeline-keys';

/** A user who never opened a group starts with the last 30 days unread, not its whole history. */
const FIRST_VISIT_WINDOW_MS = 30 * 86_400_000;

export function readCursorId(openid: string, groupId: string): string {
  return `${openid}__${groupId}`;
}

/** The newest key the user has seen in the group. */
export async function lastReadKey(ctx: ActionContext, openid: string, groupId: string): Promise<string> {
  const doc = await ctx.read.byId<GroupReadDoc>('groupReads', readCursorId(openid, groupId));
  return doc?.lastKey ?? floorKey(new Date(ctx.now.getTime() - FIRST_VISIT_WINDOW_MS));
}

/** Messages and notice cards after the cursor: two counts answered from the indexes. */
export async function unreadSince(
  ctx: ActionContext,
  groupId: string,
  noticeScopes: string[] | null,
  after: string,
): Promise<number> {
  const { _ } = ctx;
  const [messages, notices] = await Promise.all([
    ctx.read.count('messages', { groupId, _id: _.gt(after) }),
    noticeScopes
      ? ctx.read.count('notices', { ...reachingWhere(ctx, noticeScopes), status: 'published', _id: _.gt(after) })
      : Promise.resolve(0),
  ]);
  return messages + notices;
}

/** The keys under which the caller can be @-mentioned (see MessageMention): their file, staff posts, appointments. */
export function mentionKeysOf(me: {
  veteran: { _id: string } | null;
  staff: { _id: string }[];
  supervisors: { _id: string }[];
}) {
  return [
    ...(me.veteran ? [`v:${me.veteran._id}`] : []),
    ...me.staff.map((s) => `s:${s._id}`),
    ...me.supervisors.map((p) => `p:${p._id}`),
  ];
}

/**
 * Unread messages after the cursor that @-mention the caller (recalled ones no longer count). Reads the
 * newest 100 unread through the group_key index and looks at their mentions here: a filter on the
 * `mentions.key` array has no index and timed out on a busy local cloud.
 */
export async function unreadMentions(ctx: ActionContext, groupId: string, after: string, keys: string[]) {
  const { _ } = ctx;
  const mine = new Set(keys);
  const unread = await ctx.read.many<Pick<MessageDoc, 'mentions' | 'recalled'>>(
    'messages',
    { groupId, _id: _.gt(after) },
    { limit: 100, orderBy: [['_id', 'desc']], fields: { mentions: true, recalled: true } },
  );
  return unread.filter((m) => !m.recalled && m.mentions?.some((x) => mine.has(x.key))).length;
}

/** Moves the cursor forward (never back). */
export async function advanceReadCursor(
  ctx: ActionContext,
  openid: string,
  groupId: string,
  key: string,
  current: string,
): Promise<void> {
  if (key <= current) return;
  const doc: Omit<GroupReadDoc, '_id'> = { openid, groupId, lastKey: key, updatedAt: ctx.now };
  await ctx.db.collection('groupReads').doc(readCursorId(openid, groupId)).set({ data: doc });
}

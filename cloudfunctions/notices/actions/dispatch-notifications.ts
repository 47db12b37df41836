import type { NoticeDoc } from '../../../types/notices/model';
import type { ActionContext } from '../../_kernel/action';
import { notifyUser, subscriptionId, type NotifyOutcome, type SubscriptionDoc } from '../../_domain/subscriptions';
import { shanghaiMinute } from '../../../types/common/shanghai-time';
import { pageWithQuery } from '../../../types/common/pages';
import { inAudience, reachedKey, reaches } from '../../_domain/notices/reach';

/** Audience read per page (veterans or staff of the scope, `_id` order, only `_id` and `openid`). */
export const AUDIENCE_PAGE = 500;
/** Sends in flight at once. */
export const SEND_CONCURRENCY = 20;
/** A run starts no new batch of sends with less than this left before its deadline. */
export const DEADLINE_MARGIN_MS = 2_000;

type Cursor = NonNullable<NoticeDoc['notifyCursor']>;
type Member = { _id: string; openid?: string | null };

/**
 * The notification sweep (timer trigger, every minute): for each newly published notice, one subscribe
 * message to every person it reaches (`_domain/notices/reach`: the veterans of its audience and the active
 * staff under its scope, never its publisher) who has a 'notice' authorisation left. The audience is paged by `_id` from a cursor kept on
 * the notice, so a run that stops at its deadline (or is cut off) is resumed by the next; the notice is
 * marked done only after its last page. Each send first writes a claim per (notice, person)
 * (notifyUser), so nobody gets a notice twice, across runs or overlapping sweeps.
 * A timer job (config.json trigger `dispatchNotifications`), not an action: the router refuses any call
 * from the app to it.
 */
export async function dispatchNotifications(
  ctx: ActionContext,
): Promise<{ notices: number; sent: number; finished: number }> {
  const pending = await ctx.read.many<NoticeDoc>(
    'notices',
    { notifyState: 'pending' },
    { orderBy: [['_id', 'asc']], limit: 20 },
  );
  let sent = 0;
  let finished = 0;
  for (const notice of pending) {
    if (outOfTime(ctx)) break;
    const done = await sweepNotice(ctx, notice, (outcome) => {
      if (outcome === 'sent') sent += 1;
    });
    if (done) finished += 1;
  }
  return { notices: pending.length, sent, finished };
}

/** The slowest batch of sends of each run so far: a batch cut by the timeout would leave claims unsent. */
const slowestBatch = new WeakMap<ActionContext, number>();

/**
 * Whether a run should start nothing more: less than the margin left, the margin being at least twice the
 * slowest batch this run has seen (round trips grow under load; a claimed person whose send is cut off by
 * the timeout is never sent to, since a claim is never retried).
 */
function outOfTime(ctx: ActionContext): boolean {
  const margin = Math.max(DEADLINE_MARGIN_MS, 2 * (slowestBatch.get(ctx) ?? 0));
  return Date.now() > ctx.deadline - margin;
}

/** Sends what it can of one notice; true when its whole audience has been gone through. */
async function sweepNotice(
  ctx: ActionContext,
  notice: NoticeDoc,
  count: (outcome: NotifyOutcome) => void,
): Promise<boolean> {
  const notices = ctx.db.collection('notices');
  let cursor: Cursor | null = notice.notifyCursor ?? { phase: 'veterans', after: '' };
  if (notice.status !== 'published') cursor = null;
  // Saves only move forward: a run that overran its time (or overlaps another) never sends the cursor back.
  const save = (next: Cursor) =>
    ctx.db
      .collection('notices')
      .where(
        ctx._.and([
          { _id: notice._id },
          ctx._.or([{ notifyCursorKey: ctx._.lt(cursorKey(next)) }, { notifyCursorKey: ctx._.exists(false) }]),
        ]),
      )
      .update({ data: { notifyCursor: next, notifyCursorKey: cursorKey(next) } });
  while (cursor) {
    if (outOfTime(ctx)) return false;
    const page = await audiencePage(ctx, notice, cursor);
    if (page.length === 0) {
      cursor = cursor.phase === 'veterans' ? { phase: 'staff', after: '' } : null;
    } else {
      const reached = await sendToPage(ctx, notice, page, cursor.after, count);
      cursor = { phase: cursor.phase, after: reached.after };
      if (!reached.whole) {
        // Stopped for the deadline: the next run resumes after the last member gone through.
        await save(cursor);
        return false;
      }
    }
    if (cursor) await save(cursor);
  }
  await notices.doc(notice._id).update({ data: { notifyState: 'done' } });
  return true;
}

/** Orders cursors across phases: veterans before staff, then by `_id`. */
function cursorKey(cursor: Cursor): string {
  return `${cursor.phase === 'veterans' ? 1 : 2}:${cursor.after}`;
}

async function audiencePage(ctx: ActionContext, notice: NoticeDoc, cursor: Cursor): Promise<Member[]> {
  const { _ } = ctx;
  const after = cursor.after ? { _id: _.gt(cursor.after) } : {};
  const opts = { orderBy: [['_id', 'asc']] as [string, 'asc'][], limit: AUDIENCE_PAGE };
  if (cursor.phase === 'veterans') {
    // Paged on the scope alone (indexes *_id on orgPath.<depth>); who of them is the audience is decided here.
    const veterans = await ctx.read.many<Member & { lifeStatus?: string }>(
      'veterans',
      { [reachedKey(notice)]: notice.scopeOrgId, ...after },
      { ...opts, fields: { openid: true, lifeStatus: true } },
    );
    return veterans.map((v) => (inAudience(v) ? v : { _id: v._id, openid: null }));
  }
  // Staff are few (4 a grid): all active staff are paged, those the notice reaches kept.
  const staff = await ctx.read.many<Member & { orgPath: string[] }>(
    'staff',
    { status: 'active', ...after },
    { ...opts, fields: { openid: true, orgPath: true } },
  );
  if (staff.length === 0) return [];
  const last = staff[staff.length - 1]._id;
  const inScope = staff.filter((s) => reaches(notice, s.orgPath ?? []));
  // The page's last member carries the cursor even when outside the scope (its openid is dropped).
  return inScope[inScope.length - 1]?._id === last ? inScope : [...inScope, { _id: last, openid: null }];
}

/**
 * Sends to the page's members who hold an authorisation, SEND_CONCURRENCY at a time, in `_id` order.
 * Answers the `_id` to resume after (the last member gone through) and whether the page was finished.
 */
async function sendToPage(
  ctx: ActionContext,
  notice: NoticeDoc,
  page: Member[],
  after: string,
  count: (outcome: NotifyOutcome) => void,
): Promise<{ after: string; whole: boolean }> {
  const bound = page.filter((m) => m.openid && m.openid !== notice.publisherOpenid);
  const subs = bound.length
    ? await ctx.read.many<SubscriptionDoc>(
        'subscriptions',
        { _id: ctx._.in(bound.map((m) => subscriptionId(m.openid as string, 'notice'))), remaining: ctx._.gt(0) },
        { limit: AUDIENCE_PAGE, fields: { openid: true } },
      )
    : [];
  const subscribed = new Set(subs.map((s) => s.openid));
  const targets = bound.filter((m) => subscribed.has(m.openid as string));
  const values = [notice.title, notice.publisherLabel || notice.scopeName, shanghaiMinute(notice.createdAt)];
  const pagePath = pageWithQuery('noticeDetail', { id: notice._id });
  for (let i = 0; i < targets.length; i += SEND_CONCURRENCY) {
    if (outOfTime(ctx)) return { after: i === 0 ? after : targets[i - 1]._id, whole: false };
    const batch = targets.slice(i, i + SEND_CONCURRENCY);
    const started = Date.now();
    const outcomes = await Promise.all(
      batch.map((m) => notifyUser(ctx, m.openid as string, 'notice', values, pagePath, `notice:${notice._id}`)),
    );
    slowestBatch.set(ctx, Math.max(slowestBatch.get(ctx) ?? 0, Date.now() - started));
    outcomes.forEach(count);
  }
  return { after: page[page.length - 1]._id, whole: true };
}

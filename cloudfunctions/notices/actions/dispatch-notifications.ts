import type { NoticeDoc } from '../../../types/notices/model';
import type { AccountDoc, StaffDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import { notifyUser, type SubscriptionDoc } from '../../_domain/subscriptions';
import { beijingTime } from '../../_kernel/beijing-time';

/**
 * The notification sweep (timer trigger, every minute): for each newly published notice, a subscribe
 * message to every user in its scope who has a 'notice' authorisation left (and only to them). It reads
 * the users WITH an authorisation, not the veterans of the scope, so its cost follows the subscribers.
 * A timer job (config.json trigger `dispatchNotifications`), not an action: the router refuses any call
 * from the app to it.
 */
export async function dispatchNotifications(ctx: ActionContext): Promise<{ notices: number; sent: number }> {
  const pending = await ctx.read.many<NoticeDoc>(
    'notices',
    { notifyState: 'pending' },
    { orderBy: [['_id', 'asc']], limit: 20 },
  );
  let sent = 0;
  for (const notice of pending) {
    // Claim first: a second sweep running at the same time skips what this one took.
    const claim = (await ctx.db
      .collection('notices')
      .where({ _id: notice._id, notifyState: 'pending' })
      .update({ data: { notifyState: 'done' } })) as { stats?: { updated?: number } };
    if (!claim.stats?.updated || notice.status !== 'published') continue;
    for (const openid of await subscribersInScope(ctx, notice)) {
      const outcome = await notifyUser(
        ctx,
        openid,
        'notice',
        [notice.title, notice.publisherLabel || notice.scopeName, beijingTime(notice.createdAt)],
        `features/notices/notice/pages/detail?id=${notice._id}`,
      );
      if (outcome === 'sent') sent += 1;
    }
  }
  return { notices: pending.length, sent };
}

async function subscribersInScope(ctx: ActionContext, notice: NoticeDoc): Promise<string[]> {
  const { _ } = ctx;
  const subs = await ctx.read.many<SubscriptionDoc>(
    'subscriptions',
    { key: 'notice', remaining: _.gt(0) },
    { limit: 1000 },
  );
  const openids = subs.map((s) => s.openid).filter((o) => o !== notice.publisherOpenid);
  if (!openids.length) return [];
  const accounts = await ctx.read.many<AccountDoc>('accounts', { _id: _.in(openids) }, { limit: 1000 });
  const vetIds = accounts.map((a) => a.veteranId).filter((v): v is string => Boolean(v));
  const staffIds = accounts.flatMap((a) => a.staffIds);
  const [vets, staff] = await Promise.all([
    vetIds.length ? ctx.read.many<VeteranDoc>('veterans', { _id: _.in(vetIds) }, { limit: 1000 }) : Promise.resolve([]),
    staffIds.length
      ? ctx.read.many<StaffDoc>('staff', { _id: _.in(staffIds), status: 'active' }, { limit: 1000 })
      : Promise.resolve([]),
  ]);
  const inScope = new Set<string>();
  for (const v of vets) if (v.openid && v.orgPath.includes(notice.scopeOrgId)) inScope.add(v.openid);
  for (const s of staff) if (s.openid && s.orgPath.includes(notice.scopeOrgId)) inScope.add(s.openid);
  return [...inScope];
}

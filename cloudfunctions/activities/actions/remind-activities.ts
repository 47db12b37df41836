import type { ActivityDoc, SignupDoc } from '../../../types/activities/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { shanghaiMinute } from '../../../types/common/shanghai-time';
import { pageWithQuery } from '../../../types/common/pages';
import type { ActionContext } from '../../_kernel/action';
import { notifyUser } from '../../_domain/subscriptions';

/** How long before an activity the signed-up are reminded. */
export const REMIND_AHEAD_MS = 24 * 3600_000;
/** Stop starting sends this long before the invocation's deadline; the next run picks up the rest. */
const MARGIN_MS = 2000;
const PAGE = 500;
const SENDS_AT_ONCE = 20;

const pastDeadline = (ctx: ActionContext) => Date.now() > ctx.deadline - MARGIN_MS;

/** The bound openids of one page of an activity's signed-up, after `afterId` in `_id` order. */
async function signedPage(ctx: ActionContext, activityId: string, afterId: string) {
  const { _ } = ctx;
  const signups = await ctx.read.many<SignupDoc>(
    'activitySignups',
    { activityId, status: 'signed', _id: _.gt(afterId) },
    { limit: PAGE, orderBy: [['_id', 'asc']], fields: { _id: true, veteranId: true } },
  );
  const veterans = signups.length
    ? await ctx.read.many<VeteranDoc>(
        'veterans',
        { _id: _.in(signups.map((s) => s.veteranId)), openid: _.neq(null) },
        { limit: PAGE, fields: { _id: true, openid: true } },
      )
    : [];
  return { openids: veterans.map((v) => v.openid as string), last: signups.at(-1)?._id ?? null };
}

/**
 * Timer job (config.json `remindActivities`, every 10 minutes): for each open activity starting within a day
 * and not yet reminded, one subscribe message (template activityReminder, asked for on the sign-up tap) to
 * every signed-up person who holds an authorisation. notifyUser claims (activity, person) first, so an
 * overlapping or repeated run never sends twice; the activity is marked reminded once everyone was tried.
 * Someone who signs up after that (within the day) is not reminded: they have just chosen it.
 */
export async function remindActivities(ctx: ActionContext): Promise<{ activities: number; sent: number }> {
  const { _ } = ctx;
  const due = await ctx.read.many<ActivityDoc>(
    'activities',
    {
      status: 'open',
      remindedAt: null,
      startAt: _.gt(ctx.now).and(_.lte(new Date(ctx.now.getTime() + REMIND_AHEAD_MS))),
    },
    { limit: 50, orderBy: [['startAt', 'asc']] },
  );
  let sent = 0;
  let activities = 0;
  for (const a of due) {
    const values = [a.title, a.place, shanghaiMinute(a.startAt)];
    const page = pageWithQuery('activityDetail', { id: a._id });
    let after = '';
    let finished = true;
    for (;;) {
      if (pastDeadline(ctx)) {
        finished = false;
        break;
      }
      const { openids, last } = await signedPage(ctx, a._id, after);
      for (let i = 0; i < openids.length; i += SENDS_AT_ONCE) {
        const outcomes = await Promise.all(
          openids
            .slice(i, i + SENDS_AT_ONCE)
            .map((o) => notifyUser(ctx, o, 'activityReminder', values, page, `activity-${a._id}`)),
        );
        sent += outcomes.filter((o) => o === 'sent').length;
      }
      if (!last) break;
      after = last;
    }
    if (!finished) break;
    await ctx.db
      .collection('activities')
      .doc(a._id)
      .update({ data: { remindedAt: ctx.now } });
    activities += 1;
  }
  return { activities, sent };
}

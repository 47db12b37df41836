import { hoursCorrections, type HoursCorrectionDoc } from '../../../types/activities/corrections';
import type { SignupDoc } from '../../../types/activities/model';
import { defineAction } from '../../_kernel/action';
import { organisedActivity } from '../lib/load';
import { organiserPlace } from '../lib/organiser';

const MAX = 200;

/** The record of corrected hours of one activity, newest first, for its organisers. */
export default defineAction(hoursCorrections, async ({ activityId }, ctx) => {
  const activity = await organisedActivity(ctx, activityId);
  await ctx.authorize('activity:organise', organiserPlace(activity));
  const rows = await ctx.read.many<HoursCorrectionDoc>(
    'hoursCorrections',
    { activityId },
    { orderBy: [['at', 'desc']], limit: MAX },
  );
  const signups = rows.length
    ? await ctx.read.many<SignupDoc>(
        'activitySignups',
        { _id: ctx._.in([...new Set(rows.map((r) => r.signupId))]) },
        { limit: MAX },
      )
    : [];
  const names = new Map(signups.map((s) => [s._id, s.name]));
  return {
    items: rows.map((r) => ({
      name: names.get(r.signupId) ?? '',
      beforeHours: r.beforeMinutes / 60,
      afterHours: r.afterMinutes / 60,
      reason: r.reason,
      byName: r.by.name,
      at: r.at.toISOString(),
    })),
  };
});

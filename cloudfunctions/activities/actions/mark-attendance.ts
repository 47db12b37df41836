import { markAttendance } from '../../../types/activities/checkin';
import { defineAction } from '../../_kernel/action';
import { organisedActivity } from '../lib/load';
import { keepActivityBooking } from '../../_domain/rollups/activity-monthly';
import { organiserPlace } from '../lib/organiser';

/** The organiser ticks attendees who could not scan; only signed-up people of this activity, once each. */
export default defineAction(markAttendance, async ({ activityId, signupIds }, ctx) => {
  const activity = await organisedActivity(ctx, activityId);
  await ctx.authorize('activity:organise', organiserPlace(activity));
  const { _ } = ctx;
  const res = (await ctx.db
    .collection('activitySignups')
    .where({ _id: _.in([...new Set(signupIds)]), activityId, status: 'signed', checkedInAt: null })
    .update({ data: { checkedInAt: ctx.now, updatedAt: ctx.now } })) as { stats: { updated: number } };
  // The first attendance makes the activity held (types/activities/monthly.ts activityFigures).
  if (res.stats.updated && !activity.booked?.figures?.activities) await keepActivityBooking(ctx, activity._id);
  return { marked: res.stats.updated };
});

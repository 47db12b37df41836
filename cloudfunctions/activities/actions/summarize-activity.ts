import { summarizeActivity } from '../../../types/activities/summary';
import type { ActivitySummary } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { callerName } from '../../_domain/jurisdiction';
import { timelineKey } from '../../_domain/groups/timeline-keys';
import { assertAttachable, discard } from '../../_kernel/uploads';
import { organisedActivity } from '../lib/load';
import { keepActivityBooking } from '../../_domain/rollups/activity-monthly';
import { SUMMARY_PHOTOS } from '../lib/photos';
import { organiserPlace } from '../lib/organiser';

/**
 * The organiser writes (or rewrites) the activity's summary once it has begun; people reached for publicity;
 * photos stored with uploadActivityPhoto (photos a rewrite drops are deleted).
 */
export default defineAction(summarizeActivity, async ({ activityId, text, peopleReached, photoFileIds }, ctx) => {
  const activity = await organisedActivity(ctx, activityId);
  await ctx.authorize('activity:organise', organiserPlace(activity));
  if (ctx.now < activity.startAt) throw new AppError('PRECONDITION_FAILED', '活动开始后才能填写活动小结');
  if (activity.kind === 'publicity' && peopleReached === null)
    throw new AppError('INVALID_INPUT', '请填写宣传覆盖人数', 'peopleReached');
  const before = activity.summary?.photoFileIds ?? [];
  assertAttachable(ctx, photoFileIds, SUMMARY_PHOTOS, { field: 'photoFileIds', already: before });
  const who = await callerName(ctx);
  const summary: ActivitySummary = {
    text,
    peopleReached: activity.kind === 'publicity' ? peopleReached : null,
    photoFileIds,
    byName: who.name,
    at: ctx.now,
  };
  await ctx.db
    .collection('activities')
    .doc(activity._id)
    .update({ data: { summary: ctx._.set(summary), rev: timelineKey(ctx.now), updatedAt: ctx.now } });
  await keepActivityBooking(ctx, activity._id);
  const dropped = before.filter((f) => !photoFileIds.includes(f));
  if (dropped.length) await discard(ctx, dropped);
  return { saved: true as const };
});

import { recordHours } from '../../../types/activities/records';
import type { SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { callerName } from '../../_domain/jurisdiction';
import { organisedActivity } from '../lib/load';
import { keepActivityBooking } from '../../_domain/rollups/activity-monthly';
import { organiserPlace } from '../lib/organiser';

/**
 * Hours for attendees who checked in, recorded by the organiser once per person: each row is written only while
 * its `minutes` is still empty, so a second recording (or two organisers at once) changes nothing.
 */
export default defineAction(recordHours, async ({ activityId, entries }, ctx) => {
  const activity = await organisedActivity(ctx, activityId);
  await ctx.authorize('activity:organise', organiserPlace(activity));
  if (ctx.now < activity.startAt) throw new AppError('PRECONDITION_FAILED', '活动开始后才能登记服务时长');
  const ids = [...new Set(entries.map((e) => e.signupId))];
  if (ids.length !== entries.length) throw new AppError('INVALID_INPUT', '同一人只能登记一次', 'entries');
  const signups = await ctx.read.many<SignupDoc>(
    'activitySignups',
    { _id: ctx._.in(ids), activityId },
    { limit: ids.length },
  );
  const byId = new Map(signups.map((s) => [s._id, s]));
  for (const [i, e] of entries.entries()) {
    const s = byId.get(e.signupId);
    if (!s || s.status !== 'signed' || !s.checkedInAt)
      throw new AppError('INVALID_INPUT', '只能为已签到的报名人员登记时长', `entries.${i}.signupId`);
  }
  const who = await callerName(ctx);
  let recorded = 0;
  const alreadyRecorded: string[] = [];
  for (const e of entries) {
    const res = (await ctx.db
      .collection('activitySignups')
      .where({ _id: e.signupId, minutes: null })
      .update({
        data: { minutes: Math.round(e.hours * 60), recordedBy: who.name, recordedAt: ctx.now, updatedAt: ctx.now },
      })) as { stats: { updated: number } };
    if (res.stats.updated === 1) recorded++;
    else alreadyRecorded.push(byId.get(e.signupId)!.name);
  }
  if (recorded) await keepActivityBooking(ctx, activity._id);
  return { recorded, alreadyRecorded };
});

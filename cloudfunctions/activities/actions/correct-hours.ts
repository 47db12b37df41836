import { correctHours, type HoursCorrectionDoc } from '../../../types/activities/corrections';
import type { SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { callerName } from '../../_domain/jurisdiction';
import { organisedActivity } from '../lib/load';
import { keepActivityBooking } from '../../_domain/rollups/activity-monthly';
import { organiserPlace } from '../lib/organiser';

/**
 * Corrects recorded hours: the new hours and the correction's record (before, after, reason, who) are written
 * in one transaction, and only while the hours are still what the organiser saw, so nothing changes unrecorded.
 */
export default defineAction(correctHours, async ({ activityId, signupId, hours, reason }, ctx) => {
  const activity = await organisedActivity(ctx, activityId);
  await ctx.authorize('activity:organise', organiserPlace(activity));
  const signup = await ctx.read.byId<SignupDoc>('activitySignups', signupId);
  if (!signup || signup.activityId !== activityId) throw new AppError('NOT_FOUND', '没有找到该报名记录', 'signupId');
  if (signup.minutes === null) throw new AppError('PRECONDITION_FAILED', '还没有登记服务时长，请先登记');
  const afterMinutes = Math.round(hours * 60);
  if (afterMinutes === signup.minutes) throw new AppError('INVALID_INPUT', '更正后的时长与原时长相同', 'hours');
  const who = await callerName(ctx);
  const id = newId();
  const doc: Omit<HoursCorrectionDoc, '_id'> = {
    activityId,
    signupId,
    veteranId: signup.veteranId,
    beforeMinutes: signup.minutes,
    afterMinutes,
    reason,
    by: { staffId: who.staffId, name: who.name },
    at: ctx.now,
  };
  await inTransaction(ctx.db, async (tx) => {
    const current = await txGet<SignupDoc>(tx, 'activitySignups', signupId);
    if (current?.minutes !== signup.minutes) throw new AppError('CONFLICT', '服务时长刚刚被更改，请刷新后再试');
    await tx
      .collection('activitySignups')
      .doc(signupId)
      .update({ data: { minutes: afterMinutes, updatedAt: ctx.now } });
    await tx.collection('hoursCorrections').doc(id).set({ data: doc });
  });
  await keepActivityBooking(ctx, activity._id);
  return { corrected: true as const };
});

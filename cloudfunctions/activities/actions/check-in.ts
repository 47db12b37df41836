import { checkIn } from '../../../types/activities/checkin';
import { signupId, type SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction, type ActionContext } from '../../_kernel/action';
import { visibleActivity } from '../lib/load';
import { keepActivityBooking } from '../../_domain/rollups/activity-monthly';
import { checkinWindowOpen, codeValid } from '../lib/rotating-code';
import { authorizeJoin } from '../lib/join';
import { changed } from '../lib/seats';

/** Why the person cannot check in, if it is about their sign-up (not signed up, or checked in already). */
async function refusalOfSignup(ctx: ActionContext, id: string): Promise<AppError | null> {
  const signup = await ctx.read.byId<SignupDoc>('activitySignups', id);
  if (!signup || signup.status !== 'signed') return new AppError('PRECONDITION_FAILED', '您没有报名该活动，不能签到');
  if (signup.checkedInAt) return new AppError('PRECONDITION_FAILED', '您已经签到过了');
  return null;
}

/** How long the check-in that took the booking has to book the activity as held before another may. */
const HELD_BOOKING_MS = 10_000;

/**
 * Books the activity as held after a check-in, once for the crowd that checks in as it starts: the check-in
 * that takes a short lease on the activity recomputes its figures (reading every sign-up); the others, whose
 * check-ins change nothing more, leave it to that one. A lease left by a call that died expires, and the next
 * check-in that still finds the activity unbooked takes it (the nightly rebuild repairs any that remain).
 */
async function bookHeld(ctx: ActionContext, activityId: string): Promise<void> {
  const { _ } = ctx;
  const leased = await changed(
    ctx.db
      .collection('activities')
      .where({ _id: activityId, heldBookingUntil: _.or(_.exists(false), _.lte(ctx.now)) })
      .update({ data: { heldBookingUntil: new Date(ctx.now.getTime() + HELD_BOOKING_MS) } }),
  );
  if (leased === 1) await keepActivityBooking(ctx, activityId);
}

export default defineAction(checkIn, async ({ activityId, code }, ctx) => {
  const { activity } = await visibleActivity(ctx, activityId);
  const caller = await authorizeJoin(ctx, activity);
  const id = signupId(activity._id, caller.veteran!._id);
  const open = checkinWindowOpen(activity, ctx.now);
  const valid = open && codeValid(activity.checkinSecret, code, ctx.now);
  if (valid) {
    // The usual case in one round trip: the update itself checks that the person is signed up and not yet in.
    const res = (await ctx.db
      .collection('activitySignups')
      .where({ _id: id, status: 'signed', checkedInAt: null })
      .update({ data: { checkedInAt: ctx.now, updatedAt: ctx.now } })) as { stats: { updated: number } };
    if (res.stats.updated === 1) {
      // Only the first check-ins can change the figures (the activity becomes held); later ones read nothing more.
      if (!activity.booked?.figures?.activities) await bookHeld(ctx, activity._id);
      return { checkedInAt: ctx.now.toISOString() };
    }
  }
  // Refused: the sign-up's reason comes first, as the person would expect, then the time and the code.
  const refusal = await refusalOfSignup(ctx, id);
  if (refusal) throw refusal;
  if (!open) throw new AppError('PRECONDITION_FAILED', '不在活动签到时间内');
  if (!valid) throw new AppError('INVALID_INPUT', '签到码已过期或不正确，请扫描组织者手机上最新的签到码', 'code');
  throw new AppError('PRECONDITION_FAILED', '您已经签到过了');
});

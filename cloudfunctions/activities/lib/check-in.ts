import { signupId, type ActivityDoc, type SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import { keepActivityBooking } from '../../_domain/rollups/activity-monthly';
import { visibleActivity } from './load';
import { checkinWindowOpen } from './rotating-code';
import { authorizeJoin } from './join';
import { changed } from './seats';

/** Why the person cannot check in, if it is about their sign-up (not signed up, or checked in already). */
function refusalOfSignup(signup: SignupDoc | null): AppError | null {
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

/** How a check-in proves the person is at the activity: the code typed or the QR code's token scanned. */
export interface CheckinProof {
  /** Whether what the person gave is the activity's code (or token) now or in the window before. */
  valid: (activity: ActivityDoc) => boolean;
  /** The refusal when it is not (after the sign-up's own reason and the time). */
  refusal: () => AppError;
}

/**
 * Checks the caller in (once, only if signed up, while check-in is open, with a valid proof). The usual case is
 * one write after the reads every action makes: the update itself checks that the person is signed up and not
 * yet in. A refusal writes nothing.
 */
export async function checkInWith(
  ctx: ActionContext,
  activityId: string,
  proof: CheckinProof,
): Promise<{ checkedInAt: string }> {
  const { activity } = await visibleActivity(ctx, activityId);
  const caller = await authorizeJoin(ctx, activity);
  const id = signupId(activity._id, caller.veteran!._id);
  const open = checkinWindowOpen(activity, ctx.now);
  const valid = open && proof.valid(activity);
  if (valid) {
    const updated = await changed(
      ctx.db
        .collection('activitySignups')
        .where({ _id: id, status: 'signed', checkedInAt: null })
        .update({ data: { checkedInAt: ctx.now, updatedAt: ctx.now } }),
    );
    if (updated === 1) {
      // Only the first check-ins can change the figures (the activity becomes held); later ones read nothing more.
      if (!activity.booked?.figures?.activities) await bookHeld(ctx, activity._id);
      return { checkedInAt: ctx.now.toISOString() };
    }
  }
  // Refused: the sign-up's reason comes first, as the person would expect, then the time and the proof.
  const refusal = refusalOfSignup(await ctx.read.byId<SignupDoc>('activitySignups', id));
  if (refusal) throw refusal;
  if (!open) throw new AppError('PRECONDITION_FAILED', '不在活动签到时间内');
  if (!valid) throw proof.refusal();
  throw new AppError('PRECONDITION_FAILED', '您已经签到过了');
}

import { signUp, type SignupResult } from '../../../types/activities/signup';
import { signupId, type ActivityDoc, type SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction, type ActionContext } from '../../_kernel/action';
import { visibleActivity } from '../lib/load';
import {
  forgetClaim,
  forgetClaimWhileFull,
  newClaimToken,
  returnClaimedSeat,
  seatForNewcomer,
  settleClaim,
  takeSeat,
} from '../lib/claims';
import { fillFreeSeats, fillIfWaiting } from '../lib/fill';
import { moveSignup, waitingPosition } from '../lib/seats';
import { completeRelease } from '../lib/release';
import { authorizeJoin } from '../lib/join';
import { isDuplicateKey } from '../../_kernel/store';

const stillClaiming = () => new AppError('CONFLICT', '正在为您报名，请稍候查看结果');
const stillReleasing = () => new AppError('CONFLICT', '您刚才取消的报名还在处理中，请稍候再试');
/** No seat for a newcomer and no waiting place: the activity reads full to them. */
const readsFull = (a: ActivityDoc) => !seatForNewcomer(a) && a.waitRemaining <= 0;
const full = (activity: ActivityDoc) =>
  new AppError('PRECONDITION_FAILED', activity.waitlistCap > 0 ? '名额已满，候补名额也已满' : '名额已满');

/** Where the person already stands: their place in line if they hold one. */
async function standing(ctx: ActionContext, existing: SignupDoc): Promise<SignupResult> {
  const position = existing.status === 'waitlisted' ? await waitingPosition(ctx, existing) : null;
  return { status: existing.status as 'signed' | 'waitlisted', position };
}

/**
 * Holds the person's place in line (a `claiming` sign-up) so that a double tap takes one seat, not two. The
 * claim is added straight away (one round trip for someone new); only when the person already has a sign-up
 * is it read: they are answered where they stand, or a cancelled one is claimed again. A claim left by a call
 * that died is settled first (lib/claims.ts): it gets the seat it took, or is cancelled and claimed again.
 */
async function claim(ctx: ActionContext, doc: SignupDoc): Promise<'claimed' | SignupDoc> {
  try {
    await ctx.db.collection('activitySignups').add({ data: doc });
    return 'claimed';
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  let existing = await ctx.read.byId<SignupDoc>('activitySignups', doc._id);
  if (!existing) throw stillClaiming();
  if (existing.status === 'claiming') existing = await settleClaim(ctx, existing);
  if (existing.status === 'signed' || existing.status === 'waitlisted') return existing;
  if (existing.status === 'cancelled') {
    // Their cancel a killed call left half done: its place goes on before they join the line again (and
    // while another call is passing it on, they wait: a new cancel must not overwrite a release not done).
    if (existing.releasing && (await completeRelease(ctx, doc.activityId, existing)) === 'busy') throw stillReleasing();
    const { _id: _ignored, ...fresh } = doc;
    if (await moveSignup(ctx, doc._id, 'cancelled', fresh)) return 'claimed';
  }
  throw stillClaiming();
}

/**
 * Records the seat (or waiting place) the claim took; if the claim was settled meanwhile, gives it back. A
 * waiting place is counted while the claim is forgotten (two round trips at once: the count reads the others
 * in line, recorded before it, not the activity). The forget happens only while no seat is free: a cancel
 * that freed one before this person was on the list fills it now, with this person if they are first
 * (lib/fill.ts). Returns where the person ends up.
 */
async function record(ctx: ActionContext, doc: SignupDoc, status: 'signed' | 'waitlisted'): Promise<SignupResult> {
  const token = doc.claimToken as string;
  if (await moveSignup(ctx, doc._id, 'claiming', { status }, token)) {
    if (status === 'signed') {
      await forgetClaim(ctx, doc.activityId, token);
      return { status, position: null };
    }
    const [full, position] = await Promise.all([
      forgetClaimWhileFull(ctx, doc.activityId, token),
      waitingPosition(ctx, { ...doc, status }),
    ]);
    if (full) return { status, position };
    await forgetClaim(ctx, doc.activityId, token);
    const promoted = await fillFreeSeats(ctx, doc.activityId);
    if (promoted.includes(doc._id)) return { status: 'signed', position: null };
    return promoted.length ? standing(ctx, { ...doc, status }) : { status, position };
  }
  const counter = status === 'signed' ? 'remaining' : 'waitRemaining';
  await returnClaimedSeat(ctx, doc.activityId, token, counter);
  if (counter === 'remaining') await fillIfWaiting(ctx, doc.activityId);
  throw new AppError('CONFLICT', '报名超时，请重新报名');
}

export default defineAction(signUp, async ({ activityId }, ctx): Promise<SignupResult> => {
  let { activity, mine } = await visibleActivity(ctx, activityId, { withMine: true });
  const caller = await authorizeJoin(ctx, activity);
  const veteran = caller.veteran!;
  if (activity.status !== 'open') throw new AppError('PRECONDITION_FAILED', '该活动已取消');
  if (ctx.now >= activity.signupDeadline) throw new AppError('PRECONDITION_FAILED', '报名已截止');
  const id = signupId(activity._id, veteran._id);
  // Full when read (seats and waiting places only come back by a cancellation, after this read): refused
  // with nothing written, unless the person already holds a place.
  if (readsFull(activity)) {
    // Where they stand, as read with the activity.
    let existing = mine;
    if (existing?.status === 'claiming') existing = await settleClaim(ctx, existing);
    if (existing?.status === 'signed' || existing?.status === 'waitlisted') return standing(ctx, existing);
    // Their own cancel a killed call left half done may hold the place that is missing: pass it on first.
    if (!existing?.releasing) throw full(activity);
    const released = await completeRelease(ctx, activity._id, existing);
    const now = await ctx.read.byId<ActivityDoc>('activities', activity._id);
    if (!now || readsFull(now)) throw released === 'busy' ? stillReleasing() : full(activity);
    activity = now;
  }
  const doc: SignupDoc = {
    _id: id,
    activityId: activity._id,
    veteranId: veteran._id,
    name: veteran.name,
    status: 'claiming',
    queuedAt: ctx.now,
    claimToken: newClaimToken(),
    checkedInAt: null,
    minutes: null,
    recordedBy: null,
    recordedAt: null,
    organiserOrgId: activity.organiserOrgId,
    activityTitle: activity.title,
    activityKind: activity.kind,
    activityStartAt: activity.startAt,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const claimed = await claim(ctx, doc);
  if (claimed !== 'claimed') return standing(ctx, claimed);
  const token = doc.claimToken as string;
  // A seat is tried only when the activity showed one for a newcomer: one that comes back later (a cancel, a
  // claim given back) goes to the first person waiting (lib/fill.ts), so whoever read none joins the line
  // behind them, and is spared an update that would find nothing.
  if (seatForNewcomer(activity) && (await takeSeat(ctx, activity, 'remaining', token)))
    return record(ctx, doc, 'signed');
  if (await takeSeat(ctx, activity, 'waitRemaining', token)) return record(ctx, doc, 'waitlisted');
  await moveSignup(ctx, doc._id, 'claiming', { status: 'cancelled' }, token);
  throw full(activity);
});

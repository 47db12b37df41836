import { signUp, type SignupResult } from '../../../types/activities/signup';
import { signupId, type ActivityDoc, type SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction, type ActionContext } from '../../_kernel/action';
import { visibleActivity } from '../lib/load';
import { moveSignup, takeOne, waitingPosition } from '../lib/seats';

/** A claim left behind by a call that died midway is released after this long. */
const STALE_CLAIM_MS = 60_000;

const isDuplicate = (err: unknown) => /DUPLICATE|duplicate|exist/.test(String((err as Error)?.message ?? err));
const stillClaiming = () => new AppError('CONFLICT', '正在为您报名，请稍候查看结果');
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
 * is it read: they are answered where they stand, or a cancelled (or abandoned) one is claimed again.
 */
async function claim(ctx: ActionContext, doc: SignupDoc): Promise<'claimed' | SignupDoc> {
  try {
    await ctx.db.collection('activitySignups').add({ data: doc });
    return 'claimed';
  } catch (err) {
    if (!isDuplicate(err)) throw err;
  }
  const existing = await ctx.read.byId<SignupDoc>('activitySignups', doc._id);
  if (!existing) throw stillClaiming();
  if (existing.status === 'signed' || existing.status === 'waitlisted') return existing;
  const stale = existing.status === 'claiming' && ctx.now.getTime() - existing.updatedAt.getTime() > STALE_CLAIM_MS;
  if (existing.status === 'cancelled' || stale) {
    const { _id: _ignored, ...fresh } = doc;
    if (await moveSignup(ctx, doc._id, existing.status, fresh)) return 'claimed';
  }
  throw stillClaiming();
}

export default defineAction(signUp, async ({ activityId }, ctx): Promise<SignupResult> => {
  const { activity } = await visibleActivity(ctx, activityId);
  const caller = await ctx.authorize('activity:join', { orgPath: activity.audiencePath });
  const veteran = caller.veteran!;
  if (activity.status !== 'open') throw new AppError('PRECONDITION_FAILED', '该活动已取消');
  if (ctx.now >= activity.signupDeadline) throw new AppError('PRECONDITION_FAILED', '报名已截止');
  const id = signupId(activity._id, veteran._id);
  // Full when read (seats and waiting places only come back by a cancellation, after this read): refused
  // with nothing written, unless the person already holds a place.
  if (activity.remaining <= 0 && activity.waitRemaining <= 0) {
    const existing = await ctx.read.byId<SignupDoc>('activitySignups', id);
    if (existing?.status === 'signed' || existing?.status === 'waitlisted') return standing(ctx, existing);
    throw full(activity);
  }
  const doc: SignupDoc = {
    _id: id,
    activityId: activity._id,
    veteranId: veteran._id,
    name: veteran.name,
    status: 'claiming',
    queuedAt: ctx.now,
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
  if (await takeOne(ctx, activity._id, 'remaining')) {
    await moveSignup(ctx, doc._id, 'claiming', { status: 'signed' });
    return { status: 'signed', position: null };
  }
  if (await takeOne(ctx, activity._id, 'waitRemaining')) {
    await moveSignup(ctx, doc._id, 'claiming', { status: 'waitlisted' });
    return { status: 'waitlisted', position: await waitingPosition(ctx, { ...doc, status: 'waitlisted' }) };
  }
  await moveSignup(ctx, doc._id, 'claiming', { status: 'cancelled' });
  throw full(activity);
});

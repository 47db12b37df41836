import { signUp, type SignupResult } from '../../../types/activities/signup';
import { signupId, type SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction, type ActionContext } from '../../_kernel/action';
import { visibleActivity } from '../lib/load';
import { moveSignup, takeOne, waitingPosition } from '../lib/seats';

/** A claim left behind by a call that died midway is released after this long. */
const STALE_CLAIM_MS = 60_000;

/** Holds the person's place in line (a `claiming` sign-up) so that a double tap takes one seat, not two. */
async function claim(ctx: ActionContext, doc: SignupDoc): Promise<'claimed' | SignupDoc> {
  const existing = await ctx.read.byId<SignupDoc>('activitySignups', doc._id);
  if (!existing) {
    try {
      await ctx.db.collection('activitySignups').add({ data: doc });
      return 'claimed';
    } catch (err) {
      if (!/DUPLICATE|duplicate|exist/.test(String((err as Error)?.message ?? err))) throw err;
      throw new AppError('CONFLICT', '正在为您报名，请稍候查看结果');
    }
  }
  if (existing.status === 'signed' || existing.status === 'waitlisted') return existing;
  const stale = existing.status === 'claiming' && ctx.now.getTime() - existing.updatedAt.getTime() > STALE_CLAIM_MS;
  if (existing.status === 'cancelled' || stale) {
    const { _id: _ignored, ...fresh } = doc;
    if (await moveSignup(ctx, doc._id, existing.status, fresh)) return 'claimed';
  }
  throw new AppError('CONFLICT', '正在为您报名，请稍候查看结果');
}

export default defineAction(signUp, async ({ activityId }, ctx): Promise<SignupResult> => {
  const { activity } = await visibleActivity(ctx, activityId);
  const caller = await ctx.authorize('activity:join', { orgPath: activity.audiencePath });
  const veteran = caller.veteran!;
  if (activity.status !== 'open') throw new AppError('PRECONDITION_FAILED', '该活动已取消');
  if (ctx.now >= activity.signupDeadline) throw new AppError('PRECONDITION_FAILED', '报名已截止');
  const doc: SignupDoc = {
    _id: signupId(activity._id, veteran._id),
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
  if (claimed !== 'claimed') {
    const position = claimed.status === 'waitlisted' ? await waitingPosition(ctx, claimed) : null;
    return { status: claimed.status as 'signed' | 'waitlisted', position };
  }
  if (await takeOne(ctx, activity._id, 'remaining')) {
    await moveSignup(ctx, doc._id, 'claiming', { status: 'signed' });
    return { status: 'signed', position: null };
  }
  if (await takeOne(ctx, activity._id, 'waitRemaining')) {
    await moveSignup(ctx, doc._id, 'claiming', { status: 'waitlisted' });
    return { status: 'waitlisted', position: await waitingPosition(ctx, { ...doc, status: 'waitlisted' }) };
  }
  await moveSignup(ctx, doc._id, 'claiming', { status: 'cancelled' });
  throw new AppError('PRECONDITION_FAILED', activity.waitlistCap > 0 ? '名额已满，候补名额也已满' : '名额已满');
});

import { cancelSignup } from '../../../types/activities/signup';
import { signupId, type SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { visibleActivity } from '../lib/load';
import { cancelWithRelease, completeRelease } from '../lib/release';
import { authorizeJoin } from '../lib/join';

export default defineAction(cancelSignup, async ({ activityId }, ctx) => {
  const { activity, mine } = await visibleActivity(ctx, activityId, { withMine: true });
  const caller = await authorizeJoin(ctx, activity);
  const id = signupId(activity._id, caller.veteran!._id);
  if (ctx.now >= activity.startAt) throw new AppError('PRECONDITION_FAILED', '活动已开始，不能再取消报名');
  // The status can change under us (promoted from the waiting list meanwhile): move, and read again to retry.
  for (let attempt = 0; attempt < 3; attempt++) {
    const signup = attempt === 0 ? mine : await ctx.read.byId<SignupDoc>('activitySignups', id);
    // A cancel of theirs a killed call left half done is finished first (its place passed on).
    if (signup?.releasing) await completeRelease(ctx, activity._id, signup);
    if (!signup || (signup.status !== 'signed' && signup.status !== 'waitlisted'))
      throw new AppError('PRECONDITION_FAILED', '您没有报名该活动');
    const release = await cancelWithRelease(ctx, signup, signup.status);
    if (!release) continue;
    return {
      promoted:
        (await completeRelease(
          ctx,
          activity._id,
          { ...signup, releasing: release, releasingFrom: signup.status },
          true,
        )) === 'promoted',
    };
  }
  throw new AppError('CONFLICT', '报名状态刚刚发生变化，请刷新后再试');
});

import { checkIn } from '../../../types/activities/checkin';
import { signupId, type SignupDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { visibleActivity } from '../lib/load';
import { checkinWindowOpen, codeValid } from '../lib/rotating-code';

export default defineAction(checkIn, async ({ activityId, code }, ctx) => {
  const { activity } = await visibleActivity(ctx, activityId);
  const caller = await ctx.authorize('activity:join', { orgPath: activity.audiencePath });
  const id = signupId(activity._id, caller.veteran!._id);
  const signup = await ctx.read.byId<SignupDoc>('activitySignups', id);
  if (!signup || signup.status !== 'signed') throw new AppError('PRECONDITION_FAILED', '您没有报名该活动，不能签到');
  if (signup.checkedInAt) throw new AppError('PRECONDITION_FAILED', '您已经签到过了');
  if (!checkinWindowOpen(activity, ctx.now)) throw new AppError('PRECONDITION_FAILED', '不在活动签到时间内');
  if (!codeValid(activity.checkinSecret, code, ctx.now))
    throw new AppError('INVALID_INPUT', '签到码已过期或不正确，请扫描组织者手机上最新的签到码', 'code');
  const res = (await ctx.db
    .collection('activitySignups')
    .where({ _id: id, status: 'signed', checkedInAt: null })
    .update({ data: { checkedInAt: ctx.now, updatedAt: ctx.now } })) as { stats: { updated: number } };
  if (res.stats.updated !== 1) throw new AppError('PRECONDITION_FAILED', '您已经签到过了');
  return { checkedInAt: ctx.now.toISOString() };
});

import { checkinCode } from '../../../types/activities/checkin';
import { defineAction } from '../../_kernel/action';
import { organisedActivity } from '../lib/load';
import { currentCode } from '../lib/rotating-code';
import { organiserPlace } from '../lib/organiser';

export default defineAction(checkinCode, async ({ activityId }, ctx) => {
  const activity = await organisedActivity(ctx, activityId);
  await ctx.authorize('activity:organise', organiserPlace(activity));
  const { code, scanToken, expiresAt } = currentCode(activity.checkinSecret, ctx.now);
  const secondsLeft = Math.max(1, Math.ceil((expiresAt.getTime() - ctx.now.getTime()) / 1000));
  return { code, scanToken, expiresAt: expiresAt.toISOString(), secondsLeft };
});

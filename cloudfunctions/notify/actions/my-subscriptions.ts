import { mySubscriptions } from '../../../types/notify/subscriptions';
import { defineAction } from '../../_kernel/action';
import { subscriptionViews } from './views';

export default defineAction(mySubscriptions, async (_input, ctx) => {
  const me = await ctx.caller();
  return { items: await subscriptionViews(ctx, me.openid) };
});

import { recordSubscription } from '../../../types/notify/subscriptions';
import type { TemplateKey } from '../../../types/notify/templates';
import { defineAction } from '../../_kernel/action';
import { subscriptionId, type SubscriptionDoc } from '../../_domain/subscriptions';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { subscriptionViews } from './views';

/** Each accepted template gains one authorisation (WeChat's one-time subscription). */
export default defineAction(recordSubscription, async ({ results }, ctx) => {
  const me = await ctx.caller();
  const accepted = (Object.keys(results) as TemplateKey[]).filter((k) => results[k] === 'accept');
  if (accepted.length) {
    await inTransaction(ctx.db, async (tx) => {
      for (const key of accepted) {
        const id = subscriptionId(me.openid, key);
        const doc = await txGet<SubscriptionDoc>(tx, 'subscriptions', id);
        const next: Omit<SubscriptionDoc, '_id'> = {
          openid: me.openid,
          key,
          remaining: (doc?.remaining ?? 0) + 1,
          updatedAt: ctx.now,
        };
        await tx.collection('subscriptions').doc(id).set({ data: next });
      }
    });
  }
  return { items: await subscriptionViews(ctx, me.openid) };
});

import { TEMPLATE_KEYS, TEMPLATES } from '../../../types/notify/templates';
import type { SubscriptionView } from '../../../types/notify/subscriptions';
import type { ActionContext } from '../../_kernel/action';
import { subscriptionId, templateId, type SubscriptionDoc } from '../../_domain/subscriptions';

export async function subscriptionViews(ctx: ActionContext, openid: string): Promise<SubscriptionView[]> {
  const ids = TEMPLATE_KEYS.map((k) => subscriptionId(openid, k));
  const docs = await ctx.read.many<SubscriptionDoc>('subscriptions', { _id: ctx._.in(ids) });
  const left = new Map(docs.map((d) => [d.key, d.remaining]));
  return TEMPLATE_KEYS.filter((k) => templateId(k)).map((k) => ({
    key: k,
    templateId: templateId(k),
    title: TEMPLATES[k].title,
    remaining: left.get(k) ?? 0,
  }));
}

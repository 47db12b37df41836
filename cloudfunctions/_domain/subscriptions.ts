import { TEMPLATES, type TemplateKey } from '../../types/notify/templates';
import type { ActionContext } from '../_kernel/action';
import { isLocalCloud } from '../_kernel/runtime';
import { inTransaction, txGet } from '../_kernel/transaction';

/** Collection `subscriptions`: one per (user, template): the one-time authorisations left. */
export interface SubscriptionDoc {
  _id: string;
  openid: string;
  key: TemplateKey;
  remaining: number;
  updatedAt: Date;
}

export function subscriptionId(openid: string, key: TemplateKey): string {
  return `${openid}__${key}`;
}

export function templateId(key: TemplateKey): string {
  const t = TEMPLATES[key];
  return process.env[t.envVar] || (isLocalCloud() ? t.localId : '');
}

export type NotifyOutcome = 'sent' | 'no_authorisation' | 'not_configured' | 'failed';

/**
 * Sends one subscribe message only where the user has an authorisation left for the template, and
 * uses it up; never sends without one. `values` are in the template's field order, cut to WeChat's
 * length limits (thing: 20 characters, phrase: 5, character_string: 32).
 */
export async function notifyUser(
  ctx: ActionContext,
  openid: string,
  key: TemplateKey,
  values: string[],
  page: string,
): Promise<NotifyOutcome> {
  const id = templateId(key);
  if (!id) return 'not_configured';
  const docId = subscriptionId(openid, key);
  const took = await inTransaction(ctx.db, async (tx) => {
    const doc = await txGet<SubscriptionDoc>(tx, 'subscriptions', docId);
    if (!doc || doc.remaining <= 0) return false;
    await tx
      .collection('subscriptions')
      .doc(docId)
      .update({ data: { remaining: doc.remaining - 1, updatedAt: ctx.now } });
    return true;
  });
  if (!took) return 'no_authorisation';
  const data: Record<string, { value: string }> = {};
  TEMPLATES[key].fields.forEach((field, i) => (data[field] = { value: fit(field, values[i] ?? '') }));
  try {
    await ctx.sdk.openapi.subscribeMessage.send({
      touser: openid,
      templateId: id,
      page,
      data,
      miniprogramState: isLocalCloud() ? 'developer' : 'formal',
    });
    return 'sent';
  } catch (err) {
    // WeChat consumes an authorisation only for a message it accepted: give it back.
    console.error('[notify] subscribeMessage.send failed', err);
    await ctx.db
      .collection('subscriptions')
      .doc(docId)
      .update({ data: { remaining: ctx._.inc(1) } });
    return 'failed';
  }
}

function fit(field: string, value: string): string {
  const limit = field.startsWith('thing')
    ? 20
    : field.startsWith('phrase')
      ? 5
      : field.startsWith('character_string')
        ? 32
        : 64;
  return value.length > limit ? `${value.slice(0, limit - 1)}…` : value;
}

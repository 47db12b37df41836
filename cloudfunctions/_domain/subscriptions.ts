import { TEMPLATES, templateIdOf, type TemplateKey } from '../../types/notify/templates';
import type { ActionContext } from '../_kernel/action';
import { isLocalCloud } from '../_kernel/runtime';
import { isDuplicateKey } from '../_kernel/store';

/** Collection `subscriptions`: one per (user, template): the one-time authorisations left. */
export interface SubscriptionDoc {
  _id: string;
  openid: string;
  key: TemplateKey;
  remaining: number;
  updatedAt: Date;
}

/**
 * Collection `notifyDeliveries`: _id = `${topic}__${openid}`, the claim written BEFORE a send, so one
 * topic (a notice, a request's step, a report's answer, a mention) reaches a person at most once whatever
 * retries or overlapping sweeps do. `status` stays 'claimed' once sent (or when the invocation was cut
 * off mid-send: the person may then miss it, never get it twice); a refused send records why.
 */
export interface DeliveryDoc {
  _id: string;
  topic: string;
  openid: string;
  key: TemplateKey;
  status: 'claimed' | 'no_authorisation' | 'invalid_data' | 'failed';
  errcode: number | null;
  at: Date;
}

export function subscriptionId(openid: string, key: TemplateKey): string {
  return `${openid}__${key}`;
}

/** The template's id from config/subscribe-templates.json (the one place the app reads too). */
export function templateId(key: TemplateKey): string {
  return templateIdOf(key, isLocalCloud());
}

export type NotifyOutcome = 'sent' | 'no_authorisation' | 'not_configured' | 'already_sent' | 'invalid_data' | 'failed';

/** WeChat: the user holds no authorisation for the template (never gave one, or used it up). */
const NO_AUTHORISATION = 43101;
/** WeChat: a keyword's value breaks its rule (length, format); sending it again fails the same way. */
const INVALID_DATA = 47003;

/**
 * Sends one subscribe message about `topic` to a user who has an authorisation left for the template,
 * at most once per (topic, user), and uses one authorisation up. `values` are in the template's field
 * order, cut to WeChat's length limits. A failed send: 43101 means WeChat holds none, so the local count
 * becomes 0; 47003 is recorded on the claim and not retried (the authorisation, unused, is handed back);
 * any other failure hands the authorisation back.
 */
export async function notifyUser(
  ctx: ActionContext,
  openid: string,
  key: TemplateKey,
  values: string[],
  page: string,
  topic: string,
): Promise<NotifyOutcome> {
  const id = templateId(key);
  if (!id) return 'not_configured';
  const claimId = `${topic}__${openid}`;
  const claim: Omit<DeliveryDoc, '_id'> = { topic, openid, key, status: 'claimed', errcode: null, at: ctx.now };
  try {
    await ctx.db.collection('notifyDeliveries').add({ data: { _id: claimId, ...claim } });
  } catch (err) {
    if (isDuplicateKey(err)) return 'already_sent';
    throw err;
  }
  const record = (status: DeliveryDoc['status'], errcode: number | null) =>
    ctx.db.collection('notifyDeliveries').doc(claimId).update({ data: { status, errcode } });
  const subs = ctx.db.collection('subscriptions');
  const docId = subscriptionId(openid, key);
  // One atomic update takes an authorisation only where one is left (no read, no transaction).
  const took = (await subs
    .where({ _id: docId, remaining: ctx._.gt(0) })
    .update({ data: { remaining: ctx._.inc(-1), updatedAt: ctx.now } })) as { stats?: { updated?: number } };
  if (!took.stats?.updated) {
    await record('no_authorisation', null);
    return 'no_authorisation';
  }
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
    const errcode = Number((err as { errCode?: unknown })?.errCode) || null;
    console.error('[notify] subscribeMessage.send failed', errcode, (err as Error)?.message ?? err);
    if (errcode === NO_AUTHORISATION) {
      await subs.doc(docId).update({ data: { remaining: 0, updatedAt: ctx.now } });
      await record('no_authorisation', errcode);
      return 'no_authorisation';
    }
    // WeChat uses an authorisation up only for a message it accepted: hand it back.
    await subs.doc(docId).update({ data: { remaining: ctx._.inc(1) } });
    await record(errcode === INVALID_DATA ? 'invalid_data' : 'failed', errcode);
    return errcode === INVALID_DATA ? 'invalid_data' : 'failed';
  }
}

/** Cuts free text to its keyword's length (thing: 20 characters, phrase: 5, character_string: 32). */
function fit(field: string, value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const limit = field.startsWith('thing')
    ? 20
    : field.startsWith('phrase')
      ? 5
      : field.startsWith('character_string')
        ? 32
        : 64;
  const chars = [...oneLine];
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : oneLine;
}

import { recordSubscription } from '@types-contract/notify/subscriptions';
import { MAX_TEMPLATES_PER_PROMPT, templateIdOf, type TemplateKey } from '@types-contract/notify/templates';
import { callAction } from '../cloud';
import { requestSubscribe } from './request-subscribe';

/**
 * Asks WeChat for the person's permission to send these templates (at most 3 a prompt) and records what
 * they answered. WeChat shows its prompt only from a tap: call this FIRST in the tap handler, before any
 * await, and do not await it before the tap's own work (the prompt and the work run side by side).
 * Templates without a configured id (config/subscribe-templates.json) are not asked for.
 */
export function askToNotify(keys: TemplateKey[]): Promise<void> {
  const wanted = keys
    .map((key) => ({ key, id: templateIdOf(key, LOCAL_CLOUD) }))
    .filter((t) => t.id)
    .slice(0, MAX_TEMPLATES_PER_PROMPT);
  if (!wanted.length) return Promise.resolve();
  // requestSubscribe reaches WeChat's prompt synchronously, inside the tap.
  const asked = requestSubscribe(wanted.map((t) => t.id));
  return asked
    .then((answers) =>
      callAction(recordSubscription, {
        results: Object.fromEntries(wanted.map((t) => [t.key, answers[t.id] ?? 'reject'])),
      }),
    )
    .then(
      () => undefined,
      // A refused or failed prompt never stands in the way of what the tap was for.
      (err) => console.warn('[notify] subscribe prompt', err),
    );
}

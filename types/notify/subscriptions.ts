import { z } from 'zod';
import { defineContract } from '../common/contract';
import { TEMPLATE_KEYS, type TemplateKey } from './templates';

export interface SubscriptionView {
  key: TemplateKey;
  templateId: string;
  title: string;
  /** One-time authorisations left: each lets the app send one message of this template. */
  remaining: number;
}

/** The templates with their ids (to ask WeChat with) and how many authorisations the caller has left. */
export const mySubscriptions = defineContract<{ items: SubscriptionView[] }>()({
  fn: 'notify',
  action: 'mySubscriptions',
  input: z.object({}).strict(),
});

/**
 * Records what `requestSubscribeMessage` answered after the user's tap: each 'accept' adds one
 * authorisation for that template (WeChat's one-time templates allow one message per opt-in).
 */
export const recordSubscription = defineContract<{ items: SubscriptionView[] }>()({
  fn: 'notify',
  action: 'recordSubscription',
  input: z
    .object({
      results: z.record(
        z.enum(TEMPLATE_KEYS as [TemplateKey, ...TemplateKey[]]),
        z.enum(['accept', 'reject', 'ban', 'filter']),
      ),
    })
    .strict(),
});

import { TEMPLATE_KEYS, TEMPLATES, templateIdOf } from '../types/notify/templates';
import type { SubscribeTemplates } from './openapi/subscribe-message';

/**
 * The subscribe-message templates the local cloud's WeChat has: the app's own (types/notify/templates.ts),
 * under the ids the app and the functions use, with their keywords. Like localcloud/indexes/, the project's part of
 * the local cloud.
 */
export const APP_SUBSCRIBE_TEMPLATES: SubscribeTemplates = Object.fromEntries(
  TEMPLATE_KEYS.map((k) => [templateIdOf(k, true), [...TEMPLATES[k].fields]]),
);

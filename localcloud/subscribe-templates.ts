import { TEMPLATES } from '../types/notify/templates';
import type { SubscribeTemplates } from './openapi/subscribe-message';

/**
 * The subscribe-message templates the local cloud's WeChat has: the app's own (types/notify/templates.ts),
 * under their local ids, with their keywords. Like indexes.ts, the project's part of the local cloud.
 */
export const APP_SUBSCRIBE_TEMPLATES: SubscribeTemplates = Object.fromEntries(
  Object.values(TEMPLATES).map((t) => [t.localId, [...t.fields]]),
);

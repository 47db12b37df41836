import { currentDemoIdentity } from '../demo/identity';
import type { SubscribeAnswer } from './request-subscribe';

export type { SubscribeAnswer } from './request-subscribe';

/**
 * H5 on the local cloud: browsers have no WeChat subscribe prompt, so the demo person accepts, and the
 * local cloud's WeChat records the authorisations (POST /localcloud/api/subscribe-message) as WeChat
 * records a tap on 允许. Answers by template id, like the weapp prompt.
 */
export async function requestSubscribe(templateIds: string[]): Promise<Record<string, SubscribeAnswer>> {
  const identity = currentDemoIdentity();
  const response = await fetch('/localcloud/api/subscribe-message', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': identity?.openid ?? '' },
    body: JSON.stringify({ tmplIds: templateIds }),
  });
  const body = (await response.json()) as Record<string, string>;
  if (!response.ok)
    throw new Error(`订阅提醒失败：${(body as { error?: { message?: string } }).error?.message ?? response.status}`);
  const out: Record<string, SubscribeAnswer> = {};
  for (const id of templateIds) out[id] = body[id] === 'accept' ? 'accept' : 'reject';
  return out;
}

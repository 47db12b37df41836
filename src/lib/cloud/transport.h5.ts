import type { ActionEvent, Envelope } from '@types-contract/common/envelope';
import { CloudError, cloudErrorFromPayload, networkError } from './cloud-error';
import { currentDemoIdentity } from '../demo/identity';

// H5 transport: the local cloud's gateway. The caller's identity is the demo person chosen at sign-in.

export const GATEWAY_PATH = '/gateway/call';

export function initCloud(): void {
  // Nothing to initialise: the gateway is the page's own origin.
}

export async function sendAction(fn: string, event: ActionEvent): Promise<Envelope<unknown>> {
  const identity = currentDemoIdentity();
  if (!identity) throw new CloudError('UNAUTHENTICATED', '请先选择演示身份');
  let response: Response;
  try {
    response = await fetch(GATEWAY_PATH, {
      method: 'POST',
      body: JSON.stringify({ fn, data: event }),
      headers: { 'content-type': 'application/json', 'X-WX-OPENID': identity.openid },
    });
  } catch {
    throw networkError();
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw response.ok ? new CloudError('INTERNAL') : httpError(response.status, undefined);
  }
  if (!response.ok) throw httpError(response.status, body);
  return (body as { result: Envelope<unknown> }).result;
}

function httpError(status: number, body: unknown): CloudError {
  const payload = (body as { error?: unknown } | undefined)?.error;
  if (payload) return cloudErrorFromPayload(payload);
  // A proxy answering 502/503/504 means the local cloud is not reachable.
  return status >= 502 && status <= 504 ? networkError() : new CloudError('INTERNAL');
}

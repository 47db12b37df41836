import Taro from '@tarojs/taro';
import type { ActionEvent, Envelope } from '@types-contract/common/envelope';
import { CloudError, networkError } from './cloud-error';

// weapp transport: WeChat Cloud. The H5 build resolves ./transport.h5.ts instead (Taro's multi-platform files).

let initialised = false;

/** Initialise WeChat Cloud once, with the environment chosen at build time (CLOUD_ENV; '' = the default one). */
export function initCloud(): void {
  if (initialised) return;
  Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true });
  initialised = true;
}

function isNetworkFailure(error: unknown): boolean {
  const text = String((error as { errMsg?: string })?.errMsg ?? error);
  return /request:fail|timeout|network|ERR_/i.test(text);
}

export async function sendAction(fn: string, event: ActionEvent): Promise<Envelope<unknown>> {
  initCloud();
  try {
    const response = await Taro.cloud.callFunction({ name: fn, data: { action: event.action, input: event.input } });
    return response.result as Envelope<unknown>;
  } catch (error) {
    if (isNetworkFailure(error)) throw networkError();
    // A failure of the platform (function missing, quota) is not something the user can fix: say so plainly.
    console.error('callFunction failed', fn, event.action, error);
    throw new CloudError('INTERNAL');
  }
}

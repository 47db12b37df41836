import cloud from 'wx-server-sdk';
import { isOnWeChatCloud, localContextOf, type FunctionContext } from './runtime';

export type Sdk = typeof cloud;
export type Database = ReturnType<Sdk['database']>;

let initialised = false;

/**
 * The SDK for one invocation. Locally: a fresh instance whose serviceUrl names this request, so the
 * local cloud meters its reads and writes and identities never mix. On WeChat Cloud: the one SDK,
 * initialised once for the current environment. Anywhere else the SDK is never reached.
 */
export function sdkFor(context: FunctionContext | undefined): Sdk {
  const local = localContextOf(context);
  if (local) {
    const create = (cloud as unknown as { createNewInstance(config: Record<string, unknown>): Sdk }).createNewInstance;
    return create({ env: local.envId, serviceUrl: local.serviceUrl, secretId: 'local', secretKey: 'local' });
  }
  if (!isOnWeChatCloud()) {
    throw new Error('Neither on WeChat Cloud nor on the local cloud: refusing to reach the SDK unconfigured');
  }
  if (!initialised) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    initialised = true;
  }
  return cloud;
}

/** The caller's WeChat identity for this invocation. */
export function identityFor(
  context: FunctionContext | undefined,
  sdk: Sdk,
): { openid: string | null; appid: string | null; unionid: string | null } {
  const local = localContextOf(context);
  const wx = local ?? (sdk.getWXContext() as { OPENID?: string; APPID?: string; UNIONID?: string });
  return { openid: wx.OPENID || null, appid: wx.APPID || null, unionid: wx.UNIONID || null };
}

/** Now: the local cloud's (controllable) clock, or the real one on WeChat Cloud. */
export function clockFor(context: FunctionContext | undefined): Date {
  const local = localContextOf(context);
  return local ? new Date(local.now) : new Date();
}

/**
 * Where a function runs. The local cloud sets VETGRID_LOCAL_CLOUD=1 in its own process and passes each
 * invocation's identity, clock and serviceUrl in `context.localCloud`; WeChat Cloud never does either.
 */
export interface LocalCloudContext {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  requestId: string;
  serviceUrl: string;
  now: string;
  envId: string;
}

export interface FunctionContext {
  localCloud?: LocalCloudContext;
  [key: string]: unknown;
}

export function isLocalCloud(): boolean {
  return process.env.VETGRID_LOCAL_CLOUD === '1';
}

/** The local invocation context, or null on WeChat Cloud. */
export function localContextOf(context: FunctionContext | undefined): LocalCloudContext | null {
  if (!isLocalCloud()) return null;
  const local = context?.localCloud;
  if (!local || typeof local.serviceUrl !== 'string') {
    throw new Error('local cloud invocation without context.localCloud: refusing to reach the SDK unconfigured');
  }
  return local;
}

export function isOnWeChatCloud(): boolean {
  return Boolean(process.env.TCB_ENV || process.env.SCF_NAMESPACE || process.env.TENCENTCLOUD_RUNENV);
}

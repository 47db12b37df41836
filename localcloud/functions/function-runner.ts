import { randomUUID } from 'node:crypto';
import type { CallerIdentity, RequestLog } from '../server/request-log';
import type { FunctionRegistry } from './function-registry';

/** When a function's config.json declares no timeout; WeChat's own default (3 s) is too tight for a laptop. */
const DEFAULT_TIMEOUT_SECONDS = 60;

export class FunctionNotFoundError extends Error {
  readonly code = 'FUNCTION_NOT_FOUND';
  constructor(readonly functionName: string) {
    super(`云函数 ${functionName} 不存在`);
  }
}

export class FunctionFailedError extends Error {
  readonly code: 'FUNCTION_ERROR' | 'FUNCTION_TIMEOUT';
  constructor(
    readonly functionName: string,
    readonly requestId: string,
    message: string,
    timedOut = false,
  ) {
    super(message);
    this.code = timedOut ? 'FUNCTION_TIMEOUT' : 'FUNCTION_ERROR';
  }
}

export interface FunctionRunnerOptions {
  registry: FunctionRegistry;
  requests: RequestLog;
  now: () => Date;
  /** Origin of the local cloud, e.g. http://127.0.0.1:3900 (known only once the server listens). */
  baseUrl: () => string;
  envId: string;
  appId: string;
}

export interface Invocation {
  requestId: string;
  result: unknown;
}

/** Runs deployed functions in-process, each invocation with its own requestId, identity and SDK endpoint. */
export class FunctionRunner {
  constructor(private readonly opts: FunctionRunnerOptions) {}

  /** Fills in the identity fields a function sees (APPID defaults to the local app). */
  identity(partial: Partial<CallerIdentity> = {}): CallerIdentity {
    return { OPENID: partial.OPENID ?? '', APPID: partial.APPID || this.opts.appId, UNIONID: partial.UNIONID ?? '' };
  }

  async invoke(name: string, event: unknown, partialIdentity?: Partial<CallerIdentity>): Promise<Invocation> {
    const deployed = this.opts.registry.get(name);
    if (!deployed) throw new FunctionNotFoundError(name);
    process.env.VETGRID_LOCAL_CLOUD = '1';
    const requestId = randomUUID();
    const identity = this.identity(partialIdentity);
    this.opts.requests.begin(requestId, name, identity);
    const context = {
      function_name: name,
      request_id: requestId,
      namespace: this.opts.envId,
      memory_limit_in_mb: 256,
      time_limit_in_ms: (deployed.config?.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
      localCloud: {
        ...identity,
        requestId,
        serviceUrl: `${this.opts.baseUrl()}/tcb/req/${requestId}`,
        now: this.opts.now().toISOString(),
        envId: this.opts.envId,
      },
    };
    try {
      const result = await withTimeout(
        Promise.resolve().then(() => deployed.main(event, context)),
        deployed.config?.timeout ?? DEFAULT_TIMEOUT_SECONDS,
        () => new FunctionFailedError(name, requestId, `云函数 ${name} 执行超时`, true),
      );
      this.opts.requests.finish(requestId, 'ok');
      return { requestId, result };
    } catch (err) {
      this.opts.requests.finish(requestId, 'error');
      if (err instanceof FunctionFailedError) throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw new FunctionFailedError(name, requestId, `云函数 ${name} 执行出错: ${message}`);
    }
  }
}

function withTimeout<T>(work: Promise<T>, seconds: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), seconds * 1000);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

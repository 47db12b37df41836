import { randomUUID } from 'node:crypto';
import type { CallerIdentity, RequestLog } from '../server/request-log';
import type { FunctionConfig, FunctionRegistry } from './function-registry';
import { FunctionThreads } from './function-threads';

/**
 * WeChat Cloud's function timeout: 3 s unless config.json sets `timeout` (documented range 1-300 s, see
 * getFuntionConfig: "optional values 1-300 seconds, the default is 3 seconds"). The project relies on at most
 * 60 s (the console's limit for the free tier): a config.json outside 1-60 is refused at invocation, as a
 * deployment would be. Exported for the readiness check.
 */
export const DEFAULT_TIMEOUT_SECONDS = 3;
export const MAX_TIMEOUT_SECONDS = 60;

/** The timeout a deployed function runs with, or an error message when its config.json is out of range. */
export function timeoutOf(config: FunctionConfig | null): number | string {
  const value = config?.timeout;
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_TIMEOUT_SECONDS)
    return `config.json 的 timeout 应为 1-${MAX_TIMEOUT_SECONDS} 的整数秒（收到 ${JSON.stringify(value)}）`;
  return value;
}

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
  /** Function instances (threads) at most; default one per core but one, 1-4 (function-threads.ts). */
  threads?: number;
}

export interface Invocation {
  requestId: string;
  result: unknown;
}

/**
 * Runs deployed functions on function instances (threads, function-threads.ts), each invocation with its own
 * requestId, identity and SDK endpoint.
 */
export class FunctionRunner {
  private readonly instances: FunctionThreads;

  constructor(private readonly opts: FunctionRunnerOptions) {
    this.instances = new FunctionThreads(opts.threads);
  }

  /** Stops the function instances. */
  close(): Promise<void> {
    return this.instances.close();
  }

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
    const timeout = timeoutOf(deployed.config);
    if (typeof timeout === 'string') {
      this.opts.requests.finish(requestId, 'error');
      throw new FunctionFailedError(name, requestId, `云函数 ${name} 无法运行: ${timeout}`);
    }
    const context = {
      function_name: name,
      request_id: requestId,
      namespace: this.opts.envId,
      memory_limit_in_mb: 256,
      time_limit_in_ms: timeout * 1000,
      localCloud: {
        ...identity,
        requestId,
        serviceUrl: `${this.opts.baseUrl()}/tcb/req/${requestId}`,
        now: this.opts.now().toISOString(),
        envId: this.opts.envId,
      },
    };
    const killed = new Promise<never>((_, reject) => {
      this.opts.requests.onKill(requestId, () =>
        reject(
          new FunctionFailedError(
            name,
            requestId,
            `云函数 ${name} 执行超时: the instance was stopped (test fault)`,
            true,
          ),
        ),
      );
    });
    killed.catch(() => undefined);
    try {
      const result = await withTimeout(
        Promise.race([this.instances.run(name, deployed.bundlePath, event, context), killed]),
        timeout,
        () => {
          // From here on the invocation is dead, as on WeChat Cloud where the instance is stopped: every
          // database, storage, openapi or callFunction request carrying its id is refused (RequestLog).
          this.opts.requests.finish(requestId, 'timeout');
          return new FunctionFailedError(
            name,
            requestId,
            `云函数 ${name} 执行超时: Invoking task timed out after ${timeout} seconds`,
            true,
          );
        },
      );
      this.opts.requests.finish(requestId, 'ok');
      return { requestId, result };
    } catch (err) {
      this.opts.requests.finish(requestId, 'error'); // no-op once timed out: that status stays
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

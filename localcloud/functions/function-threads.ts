import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Function instances on their own threads. On WeChat Cloud every invocation runs in an instance with its
 * own CPU, apart from the database; run in the local cloud's own thread, the functions' work (the SDK
 * building and signing each request, the actions themselves) queued behind the database and the gateway
 * on one core, so a burst from fifty phones measured one core, not the design (issue 15's benchmark).
 * Here each instance is a worker thread that loads the deployed bundles itself (its own module state, as
 * an instance has its own) and runs invocations handed to it; the database, storage, openapi and the
 * request log stay in the local cloud's thread, reached over HTTP through the SDK as before.
 *
 * Instances start when needed: the first invocation starts one, and another starts only while every
 * running instance is busy, up to `size`. By default one core stays with the local cloud's own thread (the
 * database and HTTP, which every call goes through) and each other core gets an instance: at least 1, at
 * most 4. On two cores, a second instance measured worse than one (issue 15's sign-up burst: p95 233-252 ms
 * against 214-219 ms, three runs each), as the three threads then took turns on two cores and the local
 * cloud's thread, which every database call needs, waited its turn.
 */

/** What an instance posts back for an invocation: the result, or the message of what the function threw. */
type Outcome = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

interface Pending {
  resolve: (result: unknown) => void;
  reject: (err: Error) => void;
}

interface Instance {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * The variables a function reads from its environment: the app's settings (VETGRID_*) and the SDK's
 * (TENCENTCLOUD*, TCB_*, SCF_*, WX_*). They come with each invocation, as set at that moment: under Jest a test
 * file's process.env is its own copy, not the process's, and tests change them between calls (the PII key, a
 * job's slice). The rest of the environment is the process's, as the instance started with it.
 */
const FUNCTION_ENV = /^(VETGRID_|TENCENTCLOUD|TCB_|SCF_|WX_)/;

function functionEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of Object.keys(process.env)) if (FUNCTION_ENV.test(key)) env[key] = process.env[key] as string;
  return env;
}

/** The instance's code, plain CommonJS so it runs as is under Node, tsx and Jest alike. */
const INSTANCE_SOURCE = `
const { parentPort } = require('node:worker_threads');
const mains = new Map();
const FUNCTION_ENV = ${FUNCTION_ENV};
function useEnv(env) {
  for (const key of Object.keys(process.env)) if (FUNCTION_ENV.test(key) && !(key in env)) delete process.env[key];
  for (const key of Object.keys(env)) if (process.env[key] !== env[key]) process.env[key] = env[key];
}
function mainOf(bundlePath, name) {
  let main = mains.get(bundlePath);
  if (!main) {
    const exported = require(bundlePath);
    if (typeof exported.main !== 'function') throw new Error('云函数 ' + name + ' 的 index.js 没有导出 main 函数');
    main = exported.main;
    mains.set(bundlePath, main);
  }
  return main;
}
process.on('unhandledRejection', (err) => console.error('[localcloud] 云函数未处理的 Promise 拒绝:', err));
parentPort.on('message', async ({ id, name, bundlePath, event, context, env }) => {
  try {
    useEnv(env);
    const result = await mainOf(bundlePath, name)(event, context);
    parentPort.postMessage({ id, ok: true, result });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
`;

export const DEFAULT_FUNCTION_THREADS = Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1));

export class FunctionThreads {
  private readonly instances: Instance[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size = DEFAULT_FUNCTION_THREADS) {}

  /** Runs `main(event, context)` of the bundle on an instance; rejects with what the function threw. */
  run(name: string, bundlePath: string, event: unknown, context: unknown): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('本地云已关闭'));
    const instance = this.pick();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      instance.pending.set(id, { resolve, reject });
      try {
        instance.worker.postMessage({ id, name, bundlePath, event, context, env: functionEnv() });
      } catch (err) {
        // An event the structured clone cannot carry (a function, a symbol): refused as WeChat would refuse it.
        instance.pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Stops every instance; invocations still running are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const running = this.instances.splice(0);
    await Promise.all(running.map((i) => i.worker.terminate()));
  }

  /** An idle instance, else a new one while there is room, else the least busy. */
  private pick(): Instance {
    const idle = this.instances.find((i) => i.pending.size === 0);
    if (idle) return idle;
    if (this.instances.length < this.size) return this.start();
    return this.instances.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private start(): Instance {
    const worker = new Worker(INSTANCE_SOURCE, { eval: true, execArgv: [] });
    worker.unref();
    const instance: Instance = { worker, pending: new Map() };
    worker.on('message', (outcome: Outcome) => {
      const waiting = instance.pending.get(outcome.id);
      if (!waiting) return;
      instance.pending.delete(outcome.id);
      if (outcome.ok) waiting.resolve(outcome.result);
      else waiting.reject(new Error(outcome.message));
    });
    const lost = (why: string) => {
      const at = this.instances.indexOf(instance);
      if (at >= 0) this.instances.splice(at, 1);
      for (const waiting of instance.pending.values()) waiting.reject(new Error(why));
      instance.pending.clear();
    };
    worker.on('error', (err) => lost(`实例异常退出: ${err.message}`));
    worker.on('exit', (code) => lost(`实例已退出（${code}）`));
    this.instances.push(instance);
    return instance;
  }
}

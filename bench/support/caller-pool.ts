import { Worker } from 'node:worker_threads';

/**
 * The measured callers on a thread of their own. They stand for phones, which are not on the local cloud's
 * thread: on it, their HTTP client work (writing each request, reading and parsing each answer, about a tenth
 * of that thread's time in a check-in burst) queued the very calls they were timing. Here the callers still
 * share the machine's cores, so the CPU per call that a phase reports (process-wide) still counts them, but
 * the local cloud's thread serves only the cloud. Each call's latency is taken on this thread, from the
 * request's start to its answer's end, as a phone would see it; each caller sends its next call as soon as its
 * previous one is answered (a closed loop).
 */

export interface PoolCall {
  openid: string;
  action: string;
  input: Record<string, unknown>;
  /**
   * For a check-in: the input field that carries what the organiser's phone shows (`code`: the six digits,
   * `token`: the QR code's token). The caller takes it from the phone when sending; refused as expired, they
   * take the new one and send once more, within the same timed call.
   */
  proof?: 'code' | 'token';
}

export interface PoolAnswer {
  ok: boolean;
  data?: any;
  error?: { code: string; message: string; field?: string };
}

export interface Answered {
  took: number;
  answer: PoolAnswer;
}

/** The organiser's phone for a check-in burst: who shows the code, and the clock's offset from real time. */
export interface OrganiserPhone {
  openid: string;
  activityId: string;
  clockOffsetMs: number;
}

export interface BurstResult {
  answered: Answered[];
  /** The request ids of every gateway call made (the callers' and the phone's): the local cloud's request log keys. */
  requestIds: string[];
  /** How many times the phone showed a code (its first included). */
  codesShown: number;
}

/** The thread's code, plain CommonJS so it runs as is under tsx. */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const { url, fn } = workerData;

function post(openid, action, input, requestIds) {
  const payload = Buffer.from(JSON.stringify({ fn, data: { action, input } }));
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': payload.length, 'X-WX-OPENID': openid },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const id = res.headers['x-request-id'];
        if (typeof id === 'string') requestIds.push(id);
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          resolve(body.result ?? { ok: false, error: { code: 'GATEWAY', message: JSON.stringify(body) } });
        } catch (err) {
          reject(err);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function burst({ calls, callers, phone }) {
  const requestIds = [];
  let codesShown = 0;
  let shown = null;
  let refreshing = null;
  const showCode = async () => {
    const res = await post(phone.openid, 'checkinCode', { activityId: phone.activityId }, requestIds);
    if (!res.ok) throw new Error('checkinCode failed: ' + JSON.stringify(res.error));
    codesShown += 1;
    return { code: res.data.code, token: res.data.scanToken, expiresAt: Date.parse(res.data.expiresAt) };
  };
  // One phone: it shows the next code when one expires (one refresh at a time); a caller whose code was
  // refused as expired takes the new one.
  const current = async (rejected) => {
    const expired = Date.now() + phone.clockOffsetMs >= shown.expiresAt;
    if (shown.code === rejected || shown.token === rejected || expired) {
      refreshing ??= showCode().then((next) => { shown = next; refreshing = null; });
      await refreshing;
    }
    return shown;
  };
  if (phone) shown = await showCode();
  const answered = new Array(calls.length);
  let next = 0;
  const caller = async () => {
    while (next < calls.length) {
      const i = next++;
      const call = calls[i];
      const t = performance.now();
      let answer;
      if (call.proof) {
        const field = call.proof;
        const sent = (await current())[field];
        answer = await post(call.openid, call.action, { ...call.input, [field]: sent }, requestIds);
        if (!answer.ok && answer.error && answer.error.field === field)
          answer = await post(call.openid, call.action, { ...call.input, [field]: (await current(sent))[field] }, requestIds);
      } else {
        answer = await post(call.openid, call.action, call.input, requestIds);
      }
      answered[i] = { took: performance.now() - t, answer };
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  return { answered, requestIds, codesShown };
}

parentPort.on('message', ({ id, job }) => {
  burst(job).then(
    (result) => parentPort.postMessage({ id, result }),
    (err) => parentPort.postMessage({ id, error: String(err && err.stack || err) }),
  );
});
`;

export class CallerPool {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: BurstResult) => void; reject: (e: Error) => void }>();

  /** Callers of function `fn` through the local cloud's gateway at `url` (POST /gateway/call, as the H5 app calls). */
  constructor(url: string, fn: string) {
    this.worker = new Worker(SOURCE, { eval: true, workerData: { url: `${url}/gateway/call`, fn } });
    this.worker.on('message', ({ id, result, error }: { id: number; result?: BurstResult; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(result as BurstResult);
    });
    this.worker.on('error', (err) => {
      for (const w of this.pending.values()) w.reject(err);
      this.pending.clear();
    });
  }

  /** `calls` from `callers` concurrent callers, in order; for a check-in, with the organiser's phone. */
  burst(calls: PoolCall[], callers: number, phone?: OrganiserPhone): Promise<BurstResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, job: { calls, callers, phone } });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

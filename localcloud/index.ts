import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { BackupSummary } from './backup/backup-file';
import { DataLock } from './backup/data-lock';
import { writeBackup } from './backup/write-backup';
import { LocalDatabase, type CollectionIndexes } from './db';
import { COLLECTION_INDEXES } from './indexes';
import { FunctionRegistry } from './functions/function-registry';
import { FunctionRunner, type Invocation } from './functions/function-runner';
import { TriggerScheduler } from './functions/timer-triggers';
import { OpenApiService } from './openapi/openapi-service';
import { Outbox, type OutboxMessage } from './openapi/outbox';
import { AccessPolicy, originsFromList } from './server/access-policy';
import { SubscribeMessages, type SubscribeAnswer, type SubscribeTemplates } from './openapi/subscribe-message';
import { APP_SUBSCRIBE_TEMPLATES } from './subscribe-templates';
import { createClock, type ControllableClock } from './server/clock';
import { createLocalCloudServer } from './server/http-server';
import { NO_LATENCY, type LatencyModel } from './server/latency';
import { InvocationFaults, type Paused, type PauseSpec } from './server/invocation-faults';
import { RequestLog, type CallerIdentity, type RequestRecord } from './server/request-log';
import { FileStore, type StoredFile } from './storage/file-store';
import { loadOrCreateSecret, TokenSigner } from './storage/signed-token';
import { StorageService } from './storage/storage-service';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.localcloud', 'data');
export const DEFAULT_FUNCTIONS_DIR = path.join(REPO_ROOT, 'dist', 'cloudfunctions');
/** Words msgSecCheck rejects unless the caller configures its own list. */
export const DEFAULT_BLOCKED_WORDS = ['违禁词', '赌博', '毒品', '枪支'];
/** Words msgSecCheck v2 answers `review` for (a human should look) unless the caller configures its own list. */
export const DEFAULT_REVIEW_WORDS = ['待人工复核', '加微信私聊'];

export interface LocalCloudOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Where the database, files and URL secret live; default <repo>/.localcloud/data. */
  dataDir?: string;
  /** Keep everything in memory (tests): nothing is written to disk. */
  memory?: boolean;
  functionsDir?: string;
  /** A built H5 app to serve at `/`. */
  staticDir?: string;
  /** A fixed start instant, a time source, or a clock made by createClock(). */
  clock?: Date | (() => Date) | ControllableClock;
  blockedWords?: string[];
  reviewWords?: string[];
  /** Fire declared timer triggers on schedule (default true). */
  enableTriggers?: boolean;
  envId?: string;
  appId?: string;
  /** Extra read-only JSON routes (GET path -> answer), e.g. `/demo/people` for the demo sign-in. */
  routes?: Record<string, () => unknown | Promise<unknown>>;
  /** The collections that exist and their indexes; default COLLECTION_INDEXES (tests add their own). */
  indexes?: CollectionIndexes;
  /**
   * Page origins, besides the server's own, that may call the gateway and the inspector (a Taro dev server,
   * e.g. http://localhost:10086); default: the comma-separated list in VETGRID_DEV_ORIGINS.
   */
  allowedOrigins?: string[];
  /** Host names, besides the loopback names and `host`, that requests may name (with the served port). */
  allowedHosts?: string[];
  /** Subscribe-message templates WeChat knows (id -> keywords in order); default the app's local ones. */
  subscribeTemplates?: SubscribeTemplates;
  /** Injected round-trip time for database and openapi calls (default none); see server/latency.ts. */
  latency?: Partial<LatencyModel>;
  /** Function instances (threads) at most; default one per core but one, 1-4 (functions/function-threads.ts). */
  functionThreads?: number;
}

export interface LocalCloud {
  /** Origin, e.g. http://127.0.0.1:39123 */
  url: string;
  /** The per-start token the inspector page sends with its writes (tests that reset over HTTP need it). */
  inspectorToken: string;
  /** What `cloud.init({ serviceUrl })` / `cloud.createNewInstance({ serviceUrl })` takes. */
  serviceUrl: string;
  envId: string;
  clock: ControllableClock;
  db: LocalDatabase;
  outbox(filter?: { touser?: string; templateId?: string }): OutboxMessage[];
  files(): StoredFile[];
  meter(requestId: string): { reads: number; writes: number };
  /** Documents one request wrote, by collection. */
  writesTo(requestId: string): Record<string, number>;
  /** Database calls (round trips) one request made, by collection. */
  callsTo(requestId: string): Record<string, number>;
  requests(): RequestRecord[];
  invoke(fn: string, event?: unknown, identity?: Partial<CallerIdentity>): Promise<Invocation>;
  fireTrigger(fn: string, triggerName: string): Promise<Invocation>;
  setBlockedWords(words: string[]): void;
  /**
   * What a user's answer to WeChat's subscribe prompt does on WeChat's side (wx.requestSubscribeMessage):
   * each accepted template id gains one authorisation; without one, subscribeMessage.send answers 43101.
   */
  requestSubscribeMessage(
    openid: string,
    answers: Record<string, SubscribeAnswer>,
  ): { errcode: number; errmsg: string };
  /** Authorisations WeChat holds for the user and template. */
  subscriptionsGranted(openid: string, templateId: string): number;
  /** Changes the injected latency from now on (e.g. a bench seeds without it, then measures with it). */
  setLatency(latency: Partial<LatencyModel>): void;
  setReviewWords(words: string[]): void;
  /** Writes a consistent snapshot of the database and the stored files to `outFile`, while serving on. */
  backup(outFile: string): Promise<BackupSummary>;
  /**
   * Test hook: the next database call of an invocation (of `functionName`, or any) that writes to
   * `collection` is carried out, then that invocation is killed (server/invocation-faults.ts). Fires once.
   */
  killAfterWrite(collection: string, functionName?: string): void;
  /**
   * Test hook: the next database call of an invocation that matches `spec` waits before it is carried out
   * until `resume()` (server/invocation-faults.ts), to run another call in between. Fires once.
   */
  pauseBefore(spec: PauseSpec): Paused;
  /** Empties database, files, outbox and request log. */
  reset(): void;
  close(): Promise<void>;
}

export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  // Everything in this process that uses the SDK talks to the local cloud. Without TENCENTCLOUD the SDK
  // probes metadata.tencentyun.com on every call (about 60 ms each, and a lookup outside this machine).
  process.env.TENCENTCLOUD = 'true';
  process.env.VETGRID_LOCAL_CLOUD = '1';
  const clock = isClock(options.clock) ? options.clock : createClock(options.clock);
  const now = () => clock.now();
  const dataDir = options.memory ? null : path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  // One process owns a data folder (restore refuses to run under a live one): see backup/data-lock.ts.
  const lock = dataDir ? DataLock.acquire(dataDir, { purpose: 'server' }) : null;
  const envId = options.envId ?? 'vetgrid-local';
  let latency: LatencyModel = { ...NO_LATENCY, ...options.latency };
  let baseUrl = '';

  const db = new LocalDatabase({
    file: dataDir ? path.join(dataDir, 'db.sqlite') : undefined,
    clock: now,
    indexes: options.indexes ?? COLLECTION_INDEXES,
  });
  const requests = new RequestLog(now);
  const faults = new InvocationFaults(requests);
  const files = new FileStore(dataDir);
  const storage = new StorageService({
    store: files,
    signer: new TokenSigner(loadOrCreateSecret(dataDir)),
    now,
    baseUrl: () => baseUrl,
  });
  const outbox = new Outbox();
  const subscribe = new SubscribeMessages(options.subscribeTemplates ?? APP_SUBSCRIBE_TEMPLATES, outbox);
  const openapi = new OpenApiService(
    subscribe,
    options.blockedWords ?? DEFAULT_BLOCKED_WORDS,
    options.reviewWords ?? DEFAULT_REVIEW_WORDS,
    (openid) => requests.lastActive(openid),
  );
  const registry = new FunctionRegistry(path.resolve(options.functionsDir ?? DEFAULT_FUNCTIONS_DIR));
  const runner = new FunctionRunner({
    registry,
    requests,
    now,
    baseUrl: () => baseUrl,
    envId,
    appId: options.appId ?? 'wx0000000000local',
    threads: options.functionThreads,
  });
  const triggers = new TriggerScheduler({ registry, runner, now });
  const backup = (outFile: string) =>
    writeBackup({ backupTo: (file) => db.backupTo(file), files, dataDir, now }, outFile);
  const reset = () => {
    db.reset();
    files.clear();
    outbox.clear();
    subscribe.clear();
    requests.clear();
    faults.clear();
    openapi.phones.clear();
  };

  const host = options.host ?? '127.0.0.1';
  const access = new AccessPolicy({
    listenHost: host,
    extraHosts: options.allowedHosts,
    extraOrigins: options.allowedOrigins ?? originsFromList(process.env.VETGRID_DEV_ORIGINS),
  });
  const inspectorToken = randomBytes(24).toString('base64url');
  const server = createLocalCloudServer({
    tcb: { db, requests, faults, storage, runner, registry, openapi, envId, now, latency: () => latency },
    runner,
    storage,
    subscribe,
    inspector: { db, outbox, files, storage, requests, triggers, reset, token: inspectorToken },
    staticDir: options.staticDir ? path.resolve(options.staticDir) : null,
    access,
    routes: options.routes ?? {},
    backup: () => backup(path.join(dataDir ?? os.tmpdir(), `backup-${randomBytes(6).toString('hex')}.sqlite`)),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  }).catch((err) => {
    db.close();
    lock?.release();
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  access.bind(port);
  baseUrl = `http://${host}:${port}`;
  lock?.update({ url: baseUrl });
  if (options.enableTriggers !== false) triggers.start();

  return {
    url: baseUrl,
    inspectorToken,
    serviceUrl: `${baseUrl}/tcb`,
    envId,
    clock,
    db,
    outbox: (filter) => outbox.list(filter),
    files: () => files.list(),
    meter: (requestId) => requests.meter(requestId),
    writesTo: (requestId) => requests.writesTo(requestId),
    callsTo: (requestId) => requests.callsTo(requestId),
    requests: () => requests.list(),
    invoke: (fn, event = {}, identity) => runner.invoke(fn, event, identity),
    fireTrigger: (fn, name) => triggers.fire(fn, name),
    setBlockedWords: (words) => openapi.setBlockedWords(words),
    requestSubscribeMessage: (openid, answers) => subscribe.request(openid, answers),
    subscriptionsGranted: (openid, templateId) => subscribe.granted(openid, templateId),
    setLatency: (next) => {
      latency = { ...NO_LATENCY, ...next };
    },
    setReviewWords: (words) => openapi.setReviewWords(words),
    killAfterWrite: (collection, functionName) => faults.killAfterWrite(collection, functionName ?? null),
    pauseBefore: (spec) => faults.pauseBefore(spec),
    backup,
    reset,
    close: async () => {
      triggers.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runner.close();
      db.close();
      lock?.release();
    },
  };
}

function isClock(value: LocalCloudOptions['clock']): value is ControllableClock {
  return typeof value === 'object' && value !== null && 'advance' in value;
}

export { createClock, type ControllableClock } from './server/clock';
export type { CallerIdentity } from './server/request-log';
export type { OutboxMessage } from './openapi/outbox';
export type { SubscribeAnswer, SubscribeTemplates } from './openapi/subscribe-message';
export { parseLatency, type LatencyModel } from './server/latency';

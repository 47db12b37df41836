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
import { createClock, type ControllableClock } from './server/clock';
import { createLocalCloudServer } from './server/http-server';
import { RequestLog, type CallerIdentity, type RequestRecord } from './server/request-log';
import { FileStore, type StoredFile } from './storage/file-store';
import { loadOrCreateSecret, TokenSigner } from './storage/signed-token';
import { StorageService } from './storage/storage-service';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.localcloud', 'data');
export const DEFAULT_FUNCTIONS_DIR = path.join(REPO_ROOT, 'dist', 'cloudfunctions');
/** Words msgSecCheck rejects unless the caller configures its own list. */
export const DEFAULT_BLOCKED_WORDS = ['违禁词', '赌博', '毒品', '枪支'];

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
  /** Fire declared timer triggers on schedule (default true). */
  enableTriggers?: boolean;
  envId?: string;
  appId?: string;
  /** Extra read-only JSON routes (GET path -> answer), e.g. `/demo/people` for the demo sign-in. */
  routes?: Record<string, () => unknown | Promise<unknown>>;
  /** The collections that exist and their indexes; default COLLECTION_INDEXES (tests add their own). */
  indexes?: CollectionIndexes;
}

export interface LocalCloud {
  /** Origin, e.g. http://127.0.0.1:39123 */
  url: string;
  /** What `cloud.init({ serviceUrl })` / `cloud.createNewInstance({ serviceUrl })` takes. */
  serviceUrl: string;
  envId: string;
  clock: ControllableClock;
  db: LocalDatabase;
  outbox(filter?: { touser?: string; templateId?: string }): OutboxMessage[];
  files(): StoredFile[];
  meter(requestId: string): { reads: number; writes: number };
  requests(): RequestRecord[];
  invoke(fn: string, event?: unknown, identity?: Partial<CallerIdentity>): Promise<Invocation>;
  fireTrigger(fn: string, triggerName: string): Promise<Invocation>;
  setBlockedWords(words: string[]): void;
  /** Writes a consistent snapshot of the database and the stored files to `outFile`, while serving on. */
  backup(outFile: string): Promise<BackupSummary>;
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
  let baseUrl = '';

  const db = new LocalDatabase({
    file: dataDir ? path.join(dataDir, 'db.sqlite') : undefined,
    clock: now,
    indexes: options.indexes ?? COLLECTION_INDEXES,
  });
  const requests = new RequestLog(now);
  const files = new FileStore(dataDir);
  const storage = new StorageService({
    store: files,
    signer: new TokenSigner(loadOrCreateSecret(dataDir)),
    now,
    baseUrl: () => baseUrl,
  });
  const outbox = new Outbox();
  const openapi = new OpenApiService(outbox, options.blockedWords ?? DEFAULT_BLOCKED_WORDS);
  const registry = new FunctionRegistry(path.resolve(options.functionsDir ?? DEFAULT_FUNCTIONS_DIR));
  const runner = new FunctionRunner({
    registry,
    requests,
    now,
    baseUrl: () => baseUrl,
    envId,
    appId: options.appId ?? 'wx0000000000local',
  });
  const triggers = new TriggerScheduler({ registry, runner, now });
  const backup = (outFile: string) =>
    writeBackup({ backupTo: (file) => db.backupTo(file), files, dataDir, now }, outFile);
  const reset = () => {
    db.reset();
    files.clear();
    outbox.clear();
    requests.clear();
  };

  const server = createLocalCloudServer({
    tcb: { db, requests, storage, runner, registry, openapi, envId, now },
    runner,
    storage,
    inspector: { db, outbox, files, storage, requests, triggers, reset },
    staticDir: options.staticDir ? path.resolve(options.staticDir) : null,
    routes: options.routes ?? {},
    backup: () => backup(path.join(dataDir ?? os.tmpdir(), `backup-${randomBytes(6).toString('hex')}.sqlite`)),
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  }).catch((err) => {
    db.close();
    lock?.release();
    throw err;
  });
  baseUrl = `http://${host}:${(server.address() as AddressInfo).port}`;
  lock?.update({ url: baseUrl });
  if (options.enableTriggers !== false) triggers.start();

  return {
    url: baseUrl,
    serviceUrl: `${baseUrl}/tcb`,
    envId,
    clock,
    db,
    outbox: (filter) => outbox.list(filter),
    files: () => files.list(),
    meter: (requestId) => requests.meter(requestId),
    requests: () => requests.list(),
    invoke: (fn, event = {}, identity) => runner.invoke(fn, event, identity),
    fireTrigger: (fn, name) => triggers.fire(fn, name),
    setBlockedWords: (words) => openapi.setBlockedWords(words),
    backup,
    reset,
    close: async () => {
      triggers.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
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

/**
 * Local cloud database benchmark: 20,000 veterans and 500,000 messages loaded straight into the store, then
 * measured through the REAL wx-server-sdk against the local cloud's HTTP server (startLocalCloud):
 *   read         newest 20 messages of a random grid        (index messages.group_time)
 *   count        veterans living in the district, one random street (index veterans.street_life)
 *   insert       add() of one message
 *   transaction  runTransaction: doc(id).get() + doc(id).update() of a random veteran
 * plus restart_ready_ms (close, reopen the file store, first query answered) and rss_mb.
 * Run: npx tsx bench/localcloud.ts   (writes bench/results/localcloud.json)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { measure, writeResults } from './support/figures';
import { checkCounts, sized } from './support/smoke';

// The SDK probes the Tencent Cloud metadata host on every call unless told it runs on Tencent Cloud
// (@cloudbase/node-sdk utils/cloudplatform.js); off the cloud that probe costs ~60 ms per call.
process.env.TENCENTCLOUD = 'true';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud = require('wx-server-sdk');

const VETERANS = sized(20_000, 2_000);
const MESSAGES = sized(500_000, 50_000);
const CALLS = 1_000;
const STREETS = 10;
const COMMUNITIES_PER_STREET = 10;
const GRIDS = 475;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

let seed = 42;
const rand = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = (n: number): number => Math.floor(rand() * n);

function gridPath(grid: number): string[] {
  const community = grid % (STREETS * COMMUNITIES_PER_STREET);
  return ['xiangzhou', `street-${community % STREETS}`, `community-${community}`, `grid-${grid}`];
}

function load(lc: LocalCloud): number {
  const started = performance.now();
  const veterans = Array.from({ length: VETERANS }, (_, i) => ({
    _id: `vet-${i}`,
    name: `veteran ${i}`,
    orgPath: gridPath(i % GRIDS),
    gridId: `grid-${i % GRIDS}`,
    lifeStatus: rand() < 0.9 ? 'in_district' : 'moved_out',
    birthDate: new Date(Date.UTC(1940 + pick(60), pick(12), 1 + pick(28))),
    idHash: `id-${i}`,
    phoneHash: `ph-${i}`,
    visits: 0,
    createdAt: new Date(T0 - pick(365) * DAY),
  }));
  lc.db.importDocuments('veterans', veterans);
  for (let start = 0; start < MESSAGES; start += 50_000) {
    const chunk = Array.from({ length: Math.min(50_000, MESSAGES - start) }, (_, k) => ({
      _id: `msg-${start + k}`,
      groupId: `grid-${pick(GRIDS)}`,
      senderId: `vet-${pick(VETERANS)}`,
      text: `notice ${start + k}: community activity this weekend, please reply`,
      createdAt: new Date(T0 + pick(365 * DAY)),
    }));
    lc.db.importDocuments('messages', chunk);
  }
  return performance.now() - started;
}

function sdkFor(lc: LocalCloud) {
  return cloud
    .createNewInstance({ env: lc.envId, serviceUrl: lc.serviceUrl, secretId: 'local', secretKey: 'local' })
    .database();
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgrid-bench-'));
  const options = { dataDir, enableTriggers: false, functionsDir: path.join(dataDir, 'no-functions') };
  let lc = await startLocalCloud(options);
  process.stdout.write(`loading ${VETERANS} veterans and ${MESSAGES} messages ...\n`);
  const loadMs = load(lc);
  let db = sdkFor(lc);
  const _ = db.command;
  let rssPeak = process.memoryUsage().rss;

  const read = await measure('read', CALLS, async () => {
    const res = await db
      .collection('messages')
      .where({ groupId: `grid-${pick(GRIDS)}` })
      .orderBy('createdAt', 'desc')
      .limit(20)
      .get();
    if (res.data.length !== 20) throw new Error('expected 20 messages');
  });
  const count = await measure('count', CALLS, () =>
    db
      .collection('veterans')
      .where({ 'orgPath.1': `street-${pick(STREETS)}`, lifeStatus: 'in_district' })
      .count(),
  );
  let inserted = 0;
  const insert = await measure('insert', CALLS, () =>
    db
      .collection('messages')
      .add({ data: { groupId: `grid-${pick(GRIDS)}`, text: `bench ${inserted++}`, createdAt: db.serverDate() } }),
  );
  let attempted = 0;
  const transaction = await measure('transaction', CALLS, () => {
    attempted += 1;
    return db.runTransaction(async (tx: any) => {
      const ref = tx.collection('veterans').doc(`vet-${pick(VETERANS)}`);
      const { data } = await ref.get();
      await ref.update({ data: { visits: data.visits + 1, lastVisit: db.serverDate() } });
    });
  });
  // Every committed transaction added one visit: the sum of visits counts the commits (warm-up included).
  const visitSum = await db
    .collection('veterans')
    .aggregate()
    .match({ visits: _.gt(0) })
    .group({ _id: null, total: db.command.aggregate.sum('$visits') })
    .end();
  const committed = (visitSum.list[0] as { total: number } | undefined)?.total ?? 0;
  const messageCount = lc.db.listCollections().find((c) => c.name === 'messages')?.count ?? 0;
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);

  await lc.close();
  const restartStarted = performance.now();
  lc = await startLocalCloud(options);
  db = sdkFor(lc);
  await db.collection('messages').where({ groupId: 'grid-7' }).orderBy('createdAt', 'desc').limit(20).get();
  const restartReadyMs = performance.now() - restartStarted;
  const docs = lc.db.listCollections().reduce((n, c) => n + c.count, 0);
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  await lc.close();
  const fileMb =
    fs
      .readdirSync(dataDir)
      .filter((f) => f.startsWith('db.sqlite'))
      .reduce((n, f) => n + fs.statSync(path.join(dataDir, f)).size, 0) /
    2 ** 20;
  fs.rmSync(dataDir, { recursive: true, force: true });

  const results = {
    read_p50_ms: read.p50,
    read_p95_ms: read.p95,
    read_calls: read.calls,
    count_p50_ms: count.p50,
    count_p95_ms: count.p95,
    count_calls: count.calls,
    insert_p50_ms: insert.p50,
    insert_p95_ms: insert.p95,
    insert_calls: insert.calls,
    transaction_p50_ms: transaction.p50,
    transaction_p95_ms: transaction.p95,
    transaction_calls: transaction.calls,
    transactions_committed: committed,
    transactions_attempted: attempted,
    messages: messageCount,
    restart_ready_ms: Number(restartReadyMs.toFixed(1)),
    rss_mb: Number(rssMb.toFixed(1)),
    rss_peak_mb: Number((rssPeak / 2 ** 20).toFixed(1)),
    load_ms: Math.round(loadMs),
    documents: docs,
    sqlite_file_mb: Number(fileMb.toFixed(1)),
  };
  console.table([
    { op: 'read (newest 20 of a grid)', p50_ms: read.p50, p95_ms: read.p95, calls: read.calls, target_p95_ms: 10 },
    {
      op: 'count (in district, one street)',
      p50_ms: count.p50,
      p95_ms: count.p95,
      calls: count.calls,
      target_p95_ms: '-',
    },
    { op: 'insert (one message)', p50_ms: insert.p50, p95_ms: insert.p95, calls: insert.calls, target_p95_ms: 10 },
    {
      op: 'transaction (get + update)',
      p50_ms: transaction.p50,
      p95_ms: transaction.p95,
      calls: transaction.calls,
      target_p95_ms: '-',
    },
  ]);
  console.table({
    restart_ready_ms: results.restart_ready_ms,
    rss_mb: results.rss_mb,
    rss_peak_mb: results.rss_peak_mb,
    load_ms: results.load_ms,
    documents: docs,
    sqlite_file_mb: results.sqlite_file_mb,
  });
  writeResults('localcloud', results);
  checkCounts({ transactions_committed: [committed, attempted] });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

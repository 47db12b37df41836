/**
 * Groups and notices benchmark: the full demo district plus 1,000,000 group messages loaded straight into
 * the local cloud's store (importDocuments: one SQLite transaction per 50,000), then measured through the
 * gateway (POST /gateway/call, as the H5 app calls), running the BUILT functions:
 *   open_group        openGroup of a random grid as one of its bound veterans (latest 20 + notice cards,
 *                     the pinned announcement, the unread count)
 *   publish_district  publishNotice to the whole district; writes counted by the local cloud's meter
 *   receipts_summary  receiptSummary of a district notice read by ~70% of the district's bound veterans
 * Run: npm run bench -- groups   (writes bench/results/groups.json)
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, DEFAULT_FUNCTIONS_DIR, REPO_ROOT, type LocalCloud } from '../localcloud';
import { buildFunctions } from '../scripts/build-functions';
import { generateDemoDistrict } from '../seed/demo-district';
import { SEEDED_COLLECTIONS } from '../seed/load';
import { DEV_PII_KEY } from '../cloudfunctions/_kernel/pii';
import { RATE_LIMITS } from '../types/common/rate-limits';
import { loadMessages, loadReceipts, type Reader } from './support/groups-volume';
import { measure, writeResults } from './support/figures';
import { BENCH_DISTRICT, sized } from './support/smoke';

const MESSAGES = sized(1_000_000, 20_000);
const CALLS = 1_000;
const PUBLISHES = 1000;
const NOW = new Date('2026-03-02T02:00:00Z');

let seed = 7;
const rand = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];

async function gateway(lc: LocalCloud, openid: string, fn: string, action: string, input: object) {
  const res = await fetch(`${lc.url}/gateway/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ fn, data: { action, input } }),
  });
  const body = (await res.json()) as { result: { ok: boolean; data?: any; error?: unknown } };
  if (!body.result?.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(body.result?.error ?? body)}`);
  return { data: body.result.data, requestId: res.headers.get('x-request-id') as string };
}

async function meter(lc: LocalCloud, requestId: string): Promise<{ reads: number; writes: number }> {
  return (await fetch(`${lc.url}/localcloud/api/requests/${requestId}/meter`)).json() as Promise<{
    reads: number;
    writes: number;
  }>;
}

/**
 * Loads the full district and the messages, and returns what the calls and the receipts need (the bound
 * veterans living in the district, as their grid and openid). Its own function so that the generated district
 * (some 85,000 documents as objects) can be collected once it is in the store: kept alive, every full
 * collection of the thread the local cloud shares would mark it, stopping the calls in flight
 * (bench/activities.ts measured about 100 ms).
 */
function loadDistrict(lc: LocalCloud) {
  const started = performance.now();
  const { demoPeople: _people, ...district } = generateDemoDistrict(BENCH_DISTRICT, { piiKey: DEV_PII_KEY, now: NOW });
  for (const name of SEEDED_COLLECTIONS) lc.db.importDocuments(name, district[name] as never[]);
  const members = loadMessages(lc, district, MESSAGES, NOW);
  const readers: Reader[] = district.veterans
    .filter((v) => v.openid && v.lifeStatus === 'in_district')
    .map((v) => ({ openid: v.openid as string, gridId: v.gridId }));
  return { members, readers, veterans: district.veterans.length, loadMs: performance.now() - started };
}

async function main(): Promise<void> {
  await buildFunctions(path.join(REPO_ROOT, 'cloudfunctions'), DEFAULT_FUNCTIONS_DIR);
  const lc = await startLocalCloud({ memory: true, enableTriggers: false, clock: NOW });
  const { members, readers, veterans, loadMs } = loadDistrict(lc);
  process.stdout.write(
    `loaded the ${BENCH_DISTRICT} district and ${MESSAGES} messages in ${(loadMs / 1000).toFixed(1)} s\n`,
  );

  const open = await measure('open_group', CALLS, async () => {
    const [groupId, openid] = pick(members);
    const { data } = await gateway(lc, openid, 'groups', 'openGroup', { groupId });
    if (data.items.length < 20) throw new Error(`expected a full page in ${groupId}`);
  });

  const writes: number[] = [];
  // One person may publish 30 notices a day (RATE_LIMITS.noticePublish): the clock moves on a day after
  // every 30 (before the call, not in it), so the publishes are the district office's over some weeks.
  const perDay = RATE_LIMITS.noticePublish.limit;
  let published = 0;
  // A smoke run publishes for three days (the limit crossed twice).
  const publish = await measure('publish_district', { full: PUBLISHES, smoke: 2 * perDay + 5 }, async () => {
    if (published > 0 && published % perDay === 0) lc.clock.advance(24 * 3_600_000);
    published += 1;
    const { requestId } = await gateway(lc, 'demo-district-admin', 'notices', 'publishNotice', {
      title: '全区退役军人政策宣传',
      body: '本月起优待证可在各社区服务站申领。',
      category: '政策宣传',
      expiresInDays: 30,
      scopeOrgId: 'd-xz',
    });
    writes.push((await meter(lc, requestId)).writes);
  });
  const gridPublish = await gateway(lc, 'demo-grid-member-g-10-01-3', 'notices', 'publishNotice', {
    title: '本网格通知',
    body: '本周五走访。',
    category: '走访慰问',
    expiresInDays: 7,
    scopeOrgId: 'g-10-01-3',
  });
  const gridWrites = (await meter(lc, gridPublish.requestId)).writes;

  const { data: recent } = await gateway(lc, 'demo-district-admin', 'notices', 'listNotices', { limit: 5 });
  const noticeIds: string[] = recent.items.map((n: { id: string }) => n.id);
  const receipts = loadReceipts(lc, readers, noticeIds, NOW);
  const { data: sample } = await gateway(lc, 'demo-district-admin', 'notices', 'receiptSummary', {
    noticeId: noticeIds[0],
  });
  const summary = await measure('receipts_summary', CALLS, async () => {
    await gateway(lc, 'demo-district-admin', 'notices', 'receiptSummary', { noticeId: pick(noticeIds) });
  });
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const messageCount = lc.db.listCollections().find((c) => c.name === 'messages')?.count ?? 0;
  await lc.close();

  const results = {
    open_group_p50_ms: open.p50,
    open_group_p95_ms: open.p95,
    open_group_calls: open.calls,
    publish_district_notice_p95_ms: publish.p95,
    publish_district_notice_p50_ms: publish.p50,
    publish_calls: publish.calls,
    publish_writes: Math.max(...writes),
    publish_grid_notice_writes: gridWrites,
    receipts_summary_p95_ms: summary.p95,
    receipts_summary_p50_ms: summary.p50,
    receipts_summary_calls: summary.calls,
    receipts_audience: sample.audience,
    receipts_read: sample.read,
    receipts_loaded: receipts,
    messages: messageCount,
    veterans,
    load_ms: Math.round(loadMs),
    rss_mb: Number(rssMb.toFixed(1)),
  };
  console.table([
    {
      op: 'open group (latest 20, announcement, unread)',
      p50_ms: open.p50,
      p95_ms: open.p95,
      calls: open.calls,
      target: 'p95 <= 30 ms',
    },
    {
      op: 'publish district notice',
      p50_ms: publish.p50,
      p95_ms: publish.p95,
      calls: publish.calls,
      target: '<= 200 ms',
    },
    {
      op: 'read-receipt summary (district notice)',
      p50_ms: summary.p50,
      p95_ms: summary.p95,
      calls: summary.calls,
      target: '<= 200 ms',
    },
  ]);
  console.table({
    publish_writes: results.publish_writes,
    publish_grid_notice_writes: gridWrites,
    receipts_audience: sample.audience,
    receipts_read: sample.read,
    load_ms: results.load_ms,
    rss_mb: results.rss_mb,
  });
  writeResults('groups', results);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

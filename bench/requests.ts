/**
 * Requests benchmark: the full demo district (generateDemoDistrict('full') + seedDatabase through the real
 * SDK) plus 50,000 requests (built by the function's own step logic, loaded straight into the store), then
 * measured through the local cloud's HTTP gateway (`POST /gateway/call` with X-WX-OPENID), as the H5 app calls:
 *   inbox           first or a later page of a random staff member's queue or area, urgent first  (>= 1,000 calls)
 *   district_stats  the district's figures: one row per street, median hours to answer          (100 calls)
 *   detail          one request with its timeline, to a random staff member over it             (1,000 calls)
 *   submit          a veteran files a request (transaction: day counter + document)             (300 calls)
 * Run: npm run bench -- requests   (writes bench/results/requests.json)
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { buildFunctions } from '../scripts/build-functions';
import { localSdk } from '../scripts/seed-local';
import { generateDemoDistrict } from '../seed/demo-district';
import { seedDatabase, type SeedTarget } from '../seed/load';
import { DEV_PII_KEY } from '../cloudfunctions/_kernel/pii';
import { createRandom } from '../seed/random';
import { RefNumbers, simulateRequest } from '../seed/request-simulator';
import { SCENARIOS } from '../seed/build-requests';
import { REQUEST_TEXTS } from '../seed/request-texts';
import { REQUEST_CATEGORIES, type RequestDoc } from '../types/requests/model';
import type { StaffDoc } from '../types/account/model';
import type { VeteranDoc } from '../types/veteran/model';
import { measure, writeResults } from './support/figures';
import { BENCH_DISTRICT, sized } from './support/smoke';

const REQUESTS = sized(50_000, 500);
const NOW = new Date('2026-11-30T02:00:00Z');
const rng = createRandom(7, 'bench-requests');

function buildLedger(
  veterans: VeteranDoc[],
  staff: StaffDoc[],
  seededCounters: { _id: string; n: number }[],
): { requests: RequestDoc[]; counters: { _id: string; n: number }[] } {
  const living = veterans.filter((v) => v.lifeStatus === 'in_district');
  const byOrg = new Map<string, StaffDoc>();
  for (const s of staff) if (!byOrg.has(s.orgId)) byOrg.set(s.orgId, s);
  const scenarios = Object.keys(SCENARIOS).map(
    (s) => [s, ['submitted', 'accepted', 'inProgress', 'escalatedOpen', 'answered'].includes(s) ? 0.02 : 0.18] as const,
  );
  const drafts = Array.from({ length: REQUESTS }, () => {
    const scenario = rng.weighted(scenarios);
    const open = SCENARIOS[scenario].steps.length < 3 && scenario !== 'returned';
    let category = rng.pick(REQUEST_CATEGORIES);
    if (SCENARIOS[scenario].escalates && category === '权益维护') category = '生活困难';
    const ageHours = open ? rng.int(2, 240) : rng.int(720, 3 * 365 * 24);
    return {
      scenario,
      category,
      veteran: rng.pick(living),
      urgent: rng.chance(0.08),
      at: new Date(NOW.getTime() - ageHours * 3_600_000),
    };
  }).sort((a, b) => a.at.getTime() - b.at.getTime());
  const refs = new RefNumbers(seededCounters);
  const requests = drafts.map((d, i) => {
    const doc = simulateRequest(
      {
        id: `bench-rq-${i}`,
        refNo: refs.next(d.at),
        veteran: d.veteran,
        category: d.category,
        urgency: d.urgent ? 'urgent' : 'normal',
        description: rng.pick(REQUEST_TEXTS[d.category]),
        createdAt: d.at,
        steps: SCENARIOS[d.scenario].steps,
      },
      (orgId) => byOrg.get(orgId),
    );
    return doc.active && doc.dueAt && doc.dueAt < NOW ? { ...doc, overdue: 1 as const } : doc;
  });
  return { requests, counters: refs.counters() };
}

async function gateway(lc: LocalCloud, openid: string, action: string, input: object): Promise<unknown> {
  const res = await fetch(`${lc.url}/gateway/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ fn: 'requests', data: { action, input } }),
  });
  const body = (await res.json()) as { result: { ok: boolean; data?: unknown; error?: unknown } };
  if (!body.result?.ok) throw new Error(`${action} as ${openid} failed: ${JSON.stringify(body.result?.error ?? body)}`);
  return body.result.data;
}

/**
 * Builds the full demo district and its requests, loads them into the local cloud, and returns what the calls
 * pick from. Its own function so that the generated district and requests (some 135,000 documents as objects)
 * can be collected once they are in the store: kept alive, every full collection of the thread the local cloud
 * shares would mark them, stopping the calls in flight (bench/activities.ts measured about 100 ms).
 */
async function loadDistrict(lc: LocalCloud) {
  let t = performance.now();
  const { demoPeople: _demo, ...district } = generateDemoDistrict(BENCH_DISTRICT, { piiKey: DEV_PII_KEY, now: NOW });
  const { requests, counters } = buildLedger(district.veterans, district.staff, district.request_counters);
  console.log(
    `${BENCH_DISTRICT} demo district and ${requests.length} requests built in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  t = performance.now();
  await seedDatabase(localSdk(lc).database() as unknown as SeedTarget, district, { batchSize: 1000 });
  console.log(`${BENCH_DISTRICT} demo district seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  // Counters first, through the SDK; then the bulk import, which holds the event loop for a while: give idle
  // keep-alive sockets time to close before the first call, or the SDK reuses one the server has dropped.
  const sdkDb = localSdk(lc).database();
  const seededDays = new Set(district.request_counters.map((c) => c._id));
  for (const c of counters.filter((c) => seededDays.has(c._id)))
    await sdkDb
      .collection('request_counters')
      .doc(c._id)
      .update({ data: { n: c.n } });
  lc.db.importDocuments('request_counters', counters.filter((c) => !seededDays.has(c._id)) as never);
  lc.db.importDocuments('requests', requests as never);
  await new Promise((resolve) => setTimeout(resolve, sized(6000, 0)));
  const total = lc.db.listCollections().find((c) => c.name === 'requests')?.count ?? 0;
  console.log(
    `${requests.length} requests loaded in ${((performance.now() - t) / 1000).toFixed(1)} s (${total} in the ledger, ${requests.filter((r) => r.active).length} open)`,
  );

  const bound = district.staff.filter(
    (s) =>
      s.openid &&
      s.status === 'active' &&
      ['grid_leader', 'grid_member', 'station_staff', 'street_staff', 'district_staff'].includes(s.role),
  );
  const veterans = district.veterans
    .filter((v) => v.openid && v.lifeStatus === 'in_district')
    .map((v) => ({ _id: v._id, openid: v.openid as string }));
  return {
    bound,
    veterans,
    requests: requests.map((r) => ({ _id: r._id, orgPath: r.orgPath })),
    total,
  };
}

async function main(): Promise<void> {
  // Inside the checkout (dist/ is ignored) so the bundles resolve wx-server-sdk from node_modules.
  const functionsDir = path.resolve(__dirname, '..', 'dist', 'bench-cloudfunctions');
  await buildFunctions(path.resolve(__dirname, '..', 'cloudfunctions'), functionsDir);
  const lc = await startLocalCloud({ memory: true, functionsDir, enableTriggers: false, clock: NOW });
  lc.clock.set(NOW);
  const { bound, veterans, requests, total } = await loadDistrict(lc);
  const districtAdmin = bound.find((s) => s.role === 'district_staff')?.openid as string;

  const inbox = await measure('inbox', 1000, async () => {
    const s = rng.pick(bound);
    const area = s.role !== 'grid_member' && s.role !== 'grid_leader' && rng.chance(0.5);
    await gateway(lc, s.openid as string, 'requestInbox', {
      scope: area ? 'area' : 'queue',
      page: rng.chance(0.8) ? 0 : rng.int(1, 3),
      ...(rng.chance(0.2) ? { overdue: true } : {}),
    });
  });
  const stats = await measure('district_stats', 100, async () => {
    await gateway(lc, districtAdmin, 'requestFigures', {});
  });
  const detail = await measure('detail', 1000, async () => {
    const r = requests[rng.int(0, requests.length - 1)];
    const s =
      bound.find((b) => b.orgId === r.orgPath[1] && b.role === 'street_staff') ??
      bound.find((b) => b.role === 'district_staff');
    await gateway(lc, s?.openid as string, 'requestDetail', { id: r._id });
  });
  let n = 0;
  const submit = await measure('submit', 300, async () => {
    const v = rng.pick(veterans);
    n += 1;
    await gateway(lc, v.openid as string, 'submitRequest', {
      clientToken: `bench-${n}-${v._id}`,
      category: '政策咨询',
      description: '想了解优待证办理需要哪些材料？',
      contact: { method: 'wechat' },
    });
  });
  await lc.close();
  fs.rmSync(functionsDir, { recursive: true, force: true });

  const results = {
    requests: total,
    inbox_calls: inbox.calls,
    inbox_p50_ms: inbox.p50,
    inbox_p95_ms: inbox.p95,
    district_stats_calls: stats.calls,
    district_stats_p50_ms: stats.p50,
    district_stats_p95_ms: stats.p95,
    detail_p50_ms: detail.p50,
    detail_p95_ms: detail.p95,
    submit_p50_ms: submit.p50,
    submit_p95_ms: submit.p95,
    rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  writeResults('requests', results);
  console.log(`inbox p95 ${inbox.p95} ms (target <= 50), district figures p95 ${stats.p95} ms (target <= 200)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

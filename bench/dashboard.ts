/**
 * Dashboard benchmark: the full demo district (~21,700 files) seeded through the SDK, topped up to 30,000
 * visits and 1,500 subsidies, on an in-memory local cloud running the BUILT functions (run
 * built first). Every call goes through the function (no answer is cached).
 *   district dashboard: the district admin's overview over random 12-month periods
 *   street dashboard: a street's staff over random periods, random streets
 *   coverage list: random grids' members asking who they have not contacted (1,000 calls; the issue asks >= 200)
 * Writes bench/results/dashboard.json.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_FUNCTIONS_DIR, REPO_ROOT, startLocalCloud, type LocalCloud } from '../localcloud';
import { buildFunctions } from '../scripts/build-functions';
import { DEV_PII_KEY } from '../cloudfunctions/_kernel/pii';
import { generateDemoDistrict } from '../seed/demo-district';
import { seedDatabase, type SeedTarget } from '../seed/load';
import { buildCareMonthly, buildVisits } from '../seed/build-care';
import { buildAssistance } from '../seed/build-assistance';
import { createRandom } from '../seed/random';
import { localSdk } from '../scripts/seed-local';
import { measure, writeResults } from './support/figures';
import { BENCH_DISTRICT, sized } from './support/smoke';

const NOW = new Date('2025-06-15T02:00:00Z');
const VISITS = sized(30_000, 1_000);
const SUBSIDIES = sized(1_500, 50);

/**
 * Seeds the demo district (full, or tiny in a smoke run) topped up to the volume, and returns what the calls need. Its own
 * function so that the generated district (some 85,000 documents as objects) can be collected once it is in
 * the store: kept alive, every full collection of the thread the local cloud shares would mark it, stopping
 * the calls in flight (bench/activities.ts measured about 100 ms).
 */
async function seedDistrict(cloud: LocalCloud) {
  const t0 = performance.now();
  const { demoPeople: _p, ...docs } = generateDemoDistrict(BENCH_DISTRICT, { piiKey: DEV_PII_KEY, now: NOW });
  // Top up to the volume before seeding, and fold the monthly table from everything (as the functions keep it).
  const extraVisits = buildVisits(
    createRandom(7, 'bench-visits'),
    docs.veterans,
    docs.staff,
    NOW,
    VISITS - docs.visits.length,
  ).map((v) => ({ ...v, _id: `bench-${v._id}` }));
  const subsidies = docs.assistance.filter((a) => a.kind === 'subsidy').length;
  const extraSubsidies = buildAssistance(
    createRandom(7, 'bench-assist'),
    docs.veterans,
    'd-xz',
    NOW,
    SUBSIDIES - subsidies,
  )
    .assistance.filter((a) => a.kind === 'subsidy')
    .map((a) => ({ ...a, _id: `bench-${a._id}` }));
  docs.visits = [...docs.visits, ...extraVisits];
  docs.assistance = [...docs.assistance, ...extraSubsidies];
  docs.careMonthly = buildCareMonthly(docs.visits, docs.assistance);
  await seedDatabase(localSdk(cloud).database() as unknown as SeedTarget, docs, { batchSize: 1000 });
  const visits = cloud.db.browse('visits', '{}', 0, 0).total;
  const grants = cloud.db.browse('assistance', '{"kind":"subsidy"}', 0, 0).total;
  console.log(
    `seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${docs.veterans.length} files, ${visits} visits, ${grants} subsidies`,
  );

  const streets = docs.orgs.filter((o) => o.kind === 'street').map((o) => o._id);
  const streetStaff = new Map(
    docs.staff.filter((s) => s.role === 'street_staff' && s.openid).map((s) => [s.orgId, s.openid!]),
  );
  const members = docs.staff.filter((s) => s.role === 'grid_member' && s.openid && s.status === 'active');
  return { streets, streetStaff, members, files: docs.veterans.length, visits, grants };
}

async function main(): Promise<void> {
  // A benchmark times what it builds, never whatever an earlier build left in dist/.
  await buildFunctions(path.join(REPO_ROOT, 'cloudfunctions'), DEFAULT_FUNCTIONS_DIR);
  const cloud = await startLocalCloud({
    memory: true,
    functionsDir: DEFAULT_FUNCTIONS_DIR,
    enableTriggers: false,
    clock: NOW,
  });
  const { streets, streetStaff, members, files, visits, grants } = await seedDistrict(cloud);
  const rng = createRandom(11, 'bench-calls');
  const period = () => {
    const y = rng.int(2020, 2024);
    const m = rng.int(1, 12);
    return { from: `${y - 1}-${String(m).padStart(2, '0')}`, to: `${y}-${String(m).padStart(2, '0')}` };
  };
  const call = async (action: string, fn: string, input: object, openid: string) => {
    const inv = await cloud.invoke(fn, { action, input }, { OPENID: openid });
    const res = inv.result as { ok: boolean; error?: unknown };
    if (!res.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(res.error)}`);
  };
  const district = await measure('district dashboard', 1000, () =>
    call('overview', 'dashboard', period(), 'demo-district-admin'),
  );
  const street = await measure('street dashboard', 1000, () => {
    const s = rng.pick(streets.filter((x) => streetStaff.has(x)));
    return call('overview', 'dashboard', period(), streetStaff.get(s)!);
  });
  const coverage = await measure('coverage list (random grids)', 1000, () =>
    call('uncontacted', 'care', {}, rng.pick(members).openid!),
  );
  console.table(
    [district, street, coverage].map((r) => ({
      ...r,
      target: r === district ? '<= 300 (p50)' : r === street ? '<= 150 (p50)' : '<= 50 (p95)',
    })),
  );
  const results = {
    district_dashboard_p50_ms: district.p50,
    district_dashboard_p95_ms: district.p95,
    district_dashboard_calls: district.calls,
    street_dashboard_p50_ms: street.p50,
    street_dashboard_p95_ms: street.p95,
    street_dashboard_calls: street.calls,
    coverage_list_p95_ms: coverage.p95,
    coverage_list_p50_ms: coverage.p50,
    coverage_list_calls: coverage.calls,
    visits,
    subsidies: grants,
    files,
  };
  writeResults('dashboard', results);
  await cloud.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

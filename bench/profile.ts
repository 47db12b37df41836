/**
 * Profile and ledger benchmark at the full demo district (20,000+ files), through the GATEWAY over HTTP
 * (`POST <url>/gateway/call` with X-WX-OPENID, as the H5 app calls), running the BUILT functions:
 *   roster       网格台账 of a random grid                          (1,000 calls)
 *   ledger       台账 page of a random street (~2,000 files), random page of 50 (1,000 calls)
 *   filing_rate  the district's filing-rate table                   (50 calls)
 *   export       the whole district, full, to .xlsx in storage      (2 runs)
 *   import       dry run of a 20,000-row .xlsx of people not filed  (2 runs)
 * Run: npm run build:functions && npm run bench -- profile   (writes bench/results/profile.json)
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_FUNCTIONS_DIR, REPO_ROOT, startLocalCloud, type LocalCloud } from '../localcloud';
import { buildFunctions } from '../scripts/build-functions';
import { createPii, DEV_PII_KEY } from '../cloudfunctions/_kernel/pii';
import { incomingFolder } from '../cloudfunctions/_kernel/uploads';
import { generateDemoDistrict } from '../seed/demo-district';
import { seedDatabase, type SeedTarget } from '../seed/load';
import { localSdk } from '../scripts/seed-local';
import { idCheckChar } from '../types/common/validators';
import type { Contract, InputOf } from '../types/common/contract';
import { gridRoster } from '../types/ledger/roster';
import { ledgerStats, searchLedger } from '../types/ledger/search';
import { exportLedger, importDryRun } from '../types/ledger/transfer';
import { measure, writeResults } from './support/figures';
import { BENCH_DISTRICT, checkCounts, sized } from './support/smoke';

process.env.TENCENTCLOUD = 'true';
const DISTRICT_ADMIN = 'demo-district-admin';
const NOW = new Date('2026-03-01T04:00:00Z');
const IMPORT_ROWS = sized(20_000, 200);
let seed = 7;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];

async function gateway<C extends Contract>(lc: LocalCloud, contract: C, input: InputOf<C>): Promise<unknown> {
  const res = await fetch(`${lc.url}/gateway/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': DISTRICT_ADMIN },
    body: JSON.stringify({ fn: contract.fn, data: { action: contract.action, input } }),
  });
  const body = (await res.json()) as { result: { ok: boolean; data?: unknown; error?: unknown } };
  if (!body.result?.ok) throw new Error(`${contract.action}: ${JSON.stringify(body.result?.error ?? body)}`);
  return body.result.data;
}

async function importSheet(lc: LocalCloud, places: string[][], rows: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow([
    '所属镇街',
    '所属社区',
    '所属网格',
    '姓名',
    '性别',
    '出生日期',
    '身份证号',
    '手机号',
    '住址',
    '入伍时间',
    '退役时间',
    '军兵种',
    '退役方式',
  ]);
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'];
  const given = ['建华', '国强', '志明', '海涛', '卫东', '永红', '德胜', '文军'];
  for (let i = 0; i < rows; i++) {
    const date = new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const first17 = `440499${date.replace(/-/g, '')}001`;
    const id = first17 + idCheckChar(first17);
    const year = Number(date.slice(0, 4));
    sheet.addRow([
      ...pick(places),
      pick(surnames) + pick(given),
      Number(id[16]) % 2 ? '男' : '女',
      date,
      id,
      `139${String(10_000_000 + i).slice(-8)}`,
      '香洲区某路1号',
      `${year + 18}-12-01`,
      `${year + 20}-12-01`,
      '陆军',
      '退伍',
    ]);
  }
  const fileContent = Buffer.from(await workbook.xlsx.writeBuffer());
  return (
    (await localSdk(lc).uploadFile({
      // Into the importer's own incoming folder, as the mini-program uploads it: an action takes only the
      // caller's own files.
      cloudPath: `${incomingFolder(createPii(DEV_PII_KEY), DISTRICT_ADMIN)}bench-${rows}.xlsx`,
      fileContent,
    })) as { fileID: string }
  ).fileID;
}

/**
 * Seeds the demo district (full, or tiny in a smoke run) and returns the places the calls pick from. Its own function so that the
 * generated district (some 85,000 documents as objects) can be collected once it is in the store: kept alive,
 * every full collection of the thread the local cloud shares would mark it, stopping the calls in flight
 * (bench/activities.ts measured about 100 ms).
 */
async function seedDistrict(lc: LocalCloud): Promise<{ grids: string[]; streets: string[]; places: string[][] }> {
  const { demoPeople: _people, ...docs } = generateDemoDistrict(BENCH_DISTRICT, { piiKey: DEV_PII_KEY, now: NOW });
  await seedDatabase(localSdk(lc).database() as unknown as SeedTarget, docs, { batchSize: 1000 });
  const grids = docs.orgs.filter((o) => o.kind === 'grid').map((o) => o._id);
  const streets = docs.orgs.filter((o) => o.kind === 'street').map((o) => o._id);
  const names = new Map(docs.orgs.map((o) => [o._id, o.name]));
  const places = docs.orgs
    .filter((o) => o.kind === 'grid')
    .map((o) => o.path.slice(1).map((id) => names.get(id) as string));
  console.log(`${BENCH_DISTRICT} district: ${docs.veterans.length} files, ${grids.length} grids`);
  return { grids, streets, places };
}

async function main(): Promise<void> {
  // A benchmark times what it builds, never whatever an earlier build left in dist/.
  await buildFunctions(path.join(REPO_ROOT, 'cloudfunctions'), DEFAULT_FUNCTIONS_DIR);
  const lc = await startLocalCloud({
    memory: true,
    enableTriggers: false,
    functionsDir: DEFAULT_FUNCTIONS_DIR,
    clock: NOW,
  });
  const { grids, streets, places } = await seedDistrict(lc);

  await gateway(lc, gridRoster, { gridId: grids[0] });
  const roster = await measure('roster', 1000, () => gateway(lc, gridRoster, { gridId: pick(grids) }), 0);
  const ledger = await measure(
    'ledger',
    1000,
    () => gateway(lc, searchLedger, { orgId: pick(streets), page: 1 + Math.floor(rand() * 40), pageSize: 50 }),
    0,
  );
  const filing = await measure('filing_rate', 50, () => gateway(lc, ledgerStats, {}), 0);
  const exported = await measure('export', 2, () => gateway(lc, exportLedger, { full: true, reason: '基准测试' }), 0);
  const rows = ((await gateway(lc, exportLedger, { reason: '基准测试' })) as { rows: number }).rows;
  const fileID = await importSheet(lc, places, IMPORT_ROWS);
  let report: unknown;
  const dryRun = await measure(
    'import_dry_run',
    2,
    async () => (report = await gateway(lc, importDryRun, { fileID })),
    0,
  );
  await lc.close();

  const table = [
    ['roster (grid, gateway)', roster],
    ['ledger page (street, gateway)', ledger],
    ['filing-rate table (district)', filing],
    [`export whole district, full (${rows} rows)`, exported],
    [`import dry run (${IMPORT_ROWS} rows)`, dryRun],
  ] as const;
  console.log(`${'figure'.padEnd(44)} ${'calls'.padStart(6)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)}`);
  for (const [name, f] of table)
    console.log(
      `${name.padEnd(44)} ${String(f.calls).padStart(6)} ${String(f.p50).padStart(9)} ${String(f.p95).padStart(9)}`,
    );
  console.log('dry-run report:', JSON.stringify(report).slice(0, 200));
  const results = {
    roster_p95_ms: roster.p95,
    roster_p50_ms: roster.p50,
    ledger_p95_ms: ledger.p95,
    ledger_p50_ms: ledger.p50,
    filing_rate_p95_ms: filing.p95,
    filing_rate_p50_ms: filing.p50,
    export_p95_ms: exported.p95,
    export_rows: rows,
    import_dry_run_p95_ms: dryRun.p95,
    import_rows: (report as { rows: number }).rows,
  };
  writeResults('profile', results);
  checkCounts({ import_rows: [results.import_rows, IMPORT_ROWS] });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

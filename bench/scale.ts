/**
 * Scale benchmark (issue 16 item 4): the same calls against the demo district at 1x (`full`, 21,671 files)
 * and at ten times (`x10`, 216,712 files, 4,750 grids), in ONE run, interleaved in alternating batches
 * (50 calls on one, then 50 on the other) so that the noise of a busy machine falls on both alike. Each
 * store is generated once into .localcloud/scale/<size>/ and reused while the generator is unchanged
 * (bench/support/scale-store.ts); the two are opened as two local clouds running the BUILT functions,
 * called through the gateway over HTTP as the H5 app calls.
 *
 * Per-person reads, 1,000 calls each on random keys (random people, grids, requests):
 *   roster           a grid member's 网格台账 of their grid
 *   open_group       a bound veteran opens their grid's group
 *   inbox            a grid member's request queue
 *   my_file          a bound veteran's 我的档案
 *   request_detail   a request, opened by the person who submitted it
 * District-wide figures, 200 calls each, by the district's admin (read from the rollups):
 *   district_dashboard   the dashboard over the district
 *   filing_rate          the district's filing-rate table
 *   receipts_summary     a random notice's read receipts
 * Long actions at x10, each once on a copy of the store (bench/support/scale-actions.ts): the rollups' rebuild,
 * the notice sweep, the district's ledger export and dashboard export, each against its function's timeout.
 * Writes bench/results/scale.json: <name>_1x_p95_ms, <name>_10x_p95_ms, <name>_ratio per figure, load_10x_ms
 * (generating and importing the x10 store, from its stamp), open_10x_ms and rss_10x_mb, and per long action
 * <name>_10x_ms, <name>_timeout_s, <name>_10x_within.
 * `SCALE_ONLY=district_dashboard,actions npm run bench -- scale` measures only those (figures, or `actions`)
 * and keeps the other figures of the last results file.
 * Local-engine figures (SQLite behind the local cloud), measured on a shared, busy 2-core machine.
 * Run: npm run bench -- scale
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_FUNCTIONS_DIR, REPO_ROOT, startLocalCloud, type LocalCloud } from '../localcloud';
import { buildFunctions } from '../scripts/build-functions';
import type { Contract } from '../types/common/contract';
import { gridRoster } from '../types/ledger/roster';
import { ledgerStats } from '../types/ledger/search';
import { openGroup } from '../types/groups/contracts';
import { gridGroupId } from '../types/groups/model';
import { requestInbox } from '../types/requests/inbox';
import { requestDetail } from '../types/requests/follow';
import { myFile } from '../types/profile/queries';
import { dashboardOverview } from '../types/dashboard/overview';
import { receiptSummary } from '../types/notices/contracts';
import { figures, writeResults } from './support/figures';
import { ensureScaleStore, SCALE_NOW, SCALE_ROOT } from './support/scale-store';
import { longActionsAt10x } from './support/scale-actions';
import { IMPORT_ROWS } from './support/scale-import';
import { checkCounts, sized } from './support/smoke';
import type { SeedSize } from '../seed/proportions';

process.env.TENCENTCLOUD = 'true';
const PER_PERSON_CALLS = sized(1000, 10);
const DISTRICT_CALLS = sized(200, 10);
/** The two stores compared; a smoke run compares the tiny district with a copy of itself. */
const [ONE, TEN] = sized<[SeedSize, SeedSize]>(['full', 'x10'], ['tiny', 'tiny']);
const BATCH = 50;
const DISTRICT_WIDE = ['district_dashboard', 'filing_rate', 'receipts_summary'];

let seed = 16;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

interface Call {
  openid: string;
  contract: Contract;
  input: unknown;
}

async function gateway(lc: LocalCloud, { openid, contract, input }: Call): Promise<void> {
  const res = await fetch(`${lc.url}/gateway/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ fn: contract.fn, data: { action: contract.action, input } }),
  });
  const body = (await res.json()) as { result?: { ok: boolean; error?: unknown } };
  if (!body.result?.ok) throw new Error(`${contract.action}: ${JSON.stringify(body.result?.error ?? body)}`);
}

/** About `size` documents of a collection matching `filter`, taken from random places in it. */
function sample<T>(lc: LocalCloud, collection: string, filter: object, size = 1000): T[] {
  const json = JSON.stringify(filter);
  const { total } = lc.db.browse(collection, json, 0, 0);
  if (!total) throw new Error(`no ${collection} matching ${json}`);
  const out: T[] = [];
  for (let i = 0; i < 10 && out.length < size; i++)
    out.push(...(lc.db.browse(collection, json, Math.floor(rand() * Math.max(0, total - 100)), 100).docs as T[]));
  return out;
}

/** What each figure calls, with keys drawn from this store. */
function workload(lc: LocalCloud): Record<string, () => Call> {
  const gridStaff = sample<{ openid: string; orgId: string }>(lc, 'staff', {
    role: { $in: ['grid_member', 'grid_leader'] },
    status: 'active',
    openid: { $gt: '' },
  });
  const veterans = sample<{ openid: string; gridId: string }>(lc, 'veterans', {
    openid: { $gt: '' },
    lifeStatus: 'in_district',
  });
  const requests = sample<{ _id: string; openid: string }>(lc, 'requests', { openid: { $gt: '' } });
  const notices = sample<{ _id: string }>(lc, 'notices', { status: 'published' });
  const admin = (
    lc.db.browse('staff', JSON.stringify({ role: 'district_staff', isAdmin: true }), 0, 1).docs[0] as {
      openid: string;
    }
  ).openid;
  return {
    roster: () => {
      const s = pick(gridStaff);
      return { openid: s.openid, contract: gridRoster, input: { gridId: s.orgId } };
    },
    open_group: () => {
      const v = pick(veterans);
      return { openid: v.openid, contract: openGroup, input: { groupId: gridGroupId(v.gridId) } };
    },
    inbox: () => ({ openid: pick(gridStaff).openid, contract: requestInbox, input: {} }),
    my_file: () => ({ openid: pick(veterans).openid, contract: myFile, input: {} }),
    request_detail: () => {
      const r = pick(requests);
      return { openid: r.openid, contract: requestDetail, input: { id: r._id } };
    },
    district_dashboard: () => ({ openid: admin, contract: dashboardOverview, input: {} }),
    filing_rate: () => ({ openid: admin, contract: ledgerStats, input: {} }),
    receipts_summary: () => ({ openid: admin, contract: receiptSummary, input: { noticeId: pick(notices)._id } }),
  };
}

/** `calls` calls on each store, in alternating batches; their latencies (ms). */
async function interleaved(
  stores: readonly { lc: LocalCloud; next: () => Call }[],
  calls: number,
): Promise<number[][]> {
  const times = stores.map(() => [] as number[]);
  for (const { lc, next } of stores) for (let i = 0; i < 5; i++) await gateway(lc, next()); // warm-up
  for (let done = 0; done < calls; done += BATCH) {
    for (const [i, { lc, next }] of stores.entries()) {
      for (let k = 0; k < Math.min(BATCH, calls - done); k++) {
        const call = next();
        const t = performance.now();
        await gateway(lc, call);
        times[i].push(performance.now() - t);
      }
    }
  }
  return times;
}

async function open(dir: string): Promise<{ lc: LocalCloud; ms: number }> {
  const t = performance.now();
  const lc = await startLocalCloud({
    dataDir: dir,
    functionsDir: DEFAULT_FUNCTIONS_DIR,
    enableTriggers: false,
    clock: SCALE_NOW,
  });
  return { lc, ms: Math.round(performance.now() - t) };
}

async function main(): Promise<void> {
  await buildFunctions(path.join(REPO_ROOT, 'cloudfunctions'), DEFAULT_FUNCTIONS_DIR);
  const one = await ensureScaleStore(ONE);
  const ten = await ensureScaleStore(TEN);
  // One process owns a data folder: when both are the same store (a smoke run), the second opens a copy.
  const tenDir = ten.dir === one.dir ? path.join(SCALE_ROOT, `${TEN}-copy`) : ten.dir;
  if (tenDir !== ten.dir) {
    fs.rmSync(tenDir, { recursive: true, force: true });
    fs.cpSync(ten.dir, tenDir, { recursive: true });
  }
  const rssBefore = process.memoryUsage().rss;
  const x10 = await open(tenDir);
  const load10 = workload(x10.lc);
  for (const next of Object.values(load10)) for (let i = 0; i < 10; i++) await gateway(x10.lc, next());
  // What the x10 local cloud added to this process once warm (its store is on disk; SQLite caches pages).
  const rss10 = process.memoryUsage().rss - rssBefore;
  const x1 = await open(one.dir);
  console.log(
    `stores: 1x ${one.stamp.documents} documents, x10 ${ten.stamp.documents} (generated and loaded in ${(ten.stamp.loadMs / 1000).toFixed(0)} s${ten.generated ? ' this run' : ', reused'}; opened in ${x10.ms} ms)`,
  );
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (a shared machine: figures are noisy)`,
  );
  const loads = [workload(x1.lc), load10];
  const only = process.env.SCALE_ONLY?.split(',').filter(Boolean) ?? [];
  const wanted = (name: string) => !only.length || only.includes(name);
  const resultsFile = path.join(__dirname, 'results', 'scale.json');
  const kept: Record<string, number | string> =
    only.length && fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {};
  const results: Record<string, number | string> = {
    ...kept,
    note: 'local-engine figures (SQLite local cloud, gateway over HTTP), measured on a shared 2-core machine that was busy with other sessions',
  };
  const rows: string[] = [];
  for (const name of Object.keys(loads[0]).filter(wanted)) {
    const calls = DISTRICT_WIDE.includes(name) ? DISTRICT_CALLS : PER_PERSON_CALLS;
    const [t1, t10] = await interleaved(
      [
        { lc: x1.lc, next: loads[0][name] },
        { lc: x10.lc, next: loads[1][name] },
      ],
      calls,
    );
    const [f1, f10] = [figures(t1), figures(t10)];
    results[`${name}_1x_p95_ms`] = f1.p95;
    results[`${name}_10x_p95_ms`] = f10.p95;
    results[`${name}_ratio`] = Number((f10.p95 / f1.p95).toFixed(2));
    const line = `${name.padEnd(20)} ${String(f1.calls).padStart(6)} calls each   1x p50 ${String(f1.p50).padStart(7)} p95 ${String(f1.p95).padStart(7)} ms   x10 p50 ${String(f10.p50).padStart(7)} p95 ${String(f10.p95).padStart(7)} ms   ratio ${results[`${name}_ratio`]}`;
    console.log(line);
    rows.push(line);
  }
  results.load_10x_ms = ten.stamp.loadMs;
  results.open_10x_ms = x10.ms;
  results.rss_10x_mb = Math.round(rss10 / 1e6);
  results.rss_process_mb = Math.round(process.memoryUsage().rss / 1e6);
  results.loadavg_end = os.loadavg()[0].toFixed(1);
  await x1.lc.close();
  await x10.lc.close();
  if (tenDir !== ten.dir) fs.rmSync(tenDir, { recursive: true, force: true });
  if (wanted('actions'))
    Object.assign(results, await longActionsAt10x(ten.dir, path.join(SCALE_ROOT, `${TEN}-actions`)));
  console.log('Local-engine figures; the machine was busy (other sessions): read ratios, not absolute times.');
  writeResults('scale', results);
  // Every row of the sheet filed once (within the timeout), then found on file, and the district's figure
  // equal to its files once the recompute is done: the import did its work.
  if (wanted('actions'))
    checkCounts({
      ledger_import_created: [Number(results.ledger_import_created), IMPORT_ROWS],
      ledger_import_existing: [Number(results.ledger_import_existing), IMPORT_ROWS],
      ledger_import_district_known: [
        Number(results.ledger_import_district_known),
        Number(results.ledger_import_district_files),
      ],
    });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * The scale benchmark's long actions at ten times the district (issue 16 item 4: "every action within its
 * function's timeout at 10x"): each run once, timed, against a COPY of the x10 store (the sweep and the
 * exports write, and the read figures must keep measuring the store as generated). Each answers
 * `<name>_10x_ms`, `<name>_timeout_s` (the function's config.json) and `<name>_10x_within` (1 or 0); a call the
 * local cloud cut off at the timeout (it enforces config.json's timeout, as WeChat Cloud does) reports the
 * time until then.
 *   rebuild_rollups     the ledger's nightly timer starts the rebuild job (its first slice), its minute timer
 *                       (continueJobs) works the next slices until done: each slice's time, the slices, the
 *                       total, and the process's peak RSS meanwhile (local cloud and functions share it)
 *   notice_sweep        the notices' minute timer (dispatchNotifications)
 *   ledger_export       the district's whole ledger as .xlsx (masked), by the district admin: a job written in
 *                       parts (exportJob below): each step's time (one step a call), the parts, the total
 *   dashboard_export    the dashboard's table of streets as .xlsx, by the district admin
 *   ledger_import       one full sheet (20,000 new people over every grid) by the district admin: the dry run,
 *                       the commit, the same sheet committed again, each commit's recompute of its grids'
 *                       figures followed to its end as the page follows it (scale-import.ts)
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_FUNCTIONS_DIR, startLocalCloud, type LocalCloud } from '../../localcloud';
import { timeoutOf } from '../../localcloud/functions/function-runner';
import { SCALE_NOW } from './scale-store';
import { importAt10x } from './scale-import';

interface Outcome {
  ms: number;
  ok: boolean;
  detail: string;
}

async function timed(work: () => Promise<{ result: unknown }>): Promise<Outcome> {
  const t = performance.now();
  try {
    const { result } = await work();
    const r = result as { ok?: boolean; error?: unknown } | undefined;
    const ok = r?.ok !== false;
    return { ms: Math.round(performance.now() - t), ok, detail: ok ? '' : JSON.stringify(r?.error) };
  } catch (err) {
    return { ms: Math.round(performance.now() - t), ok: false, detail: (err as Error).message };
  }
}

function functionTimeout(fn: string): number {
  const config = JSON.parse(fs.readFileSync(path.join(DEFAULT_FUNCTIONS_DIR, fn, 'config.json'), 'utf8'));
  const t = timeoutOf(config);
  if (typeof t === 'string') throw new Error(t);
  return t;
}

/** Copies the x10 store (database and files) into `scratch`, runs each long action once, removes the copy. */
export async function longActionsAt10x(
  storeDir: string,
  scratch: string,
  log: (line: string) => void = console.log,
): Promise<Record<string, number>> {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.cpSync(storeDir, scratch, { recursive: true });
  const lc: LocalCloud = await startLocalCloud({
    dataDir: scratch,
    functionsDir: DEFAULT_FUNCTIONS_DIR,
    enableTriggers: false,
    clock: SCALE_NOW,
  });
  const admin = (
    lc.db.browse('staff', JSON.stringify({ role: 'district_staff', isAdmin: true }), 0, 1).docs[0] as {
      openid: string;
    }
  ).openid;
  const asAdmin = (fn: string, action: string, input: unknown) => () =>
    lc.invoke(fn, { action, input }, { OPENID: admin });
  const actions: [string, string, () => Promise<{ result: unknown }>][] = [
    ['notice_sweep', 'notices', () => lc.fireTrigger('notices', 'dispatchNotifications')],
    ['dashboard_export', 'dashboard', asAdmin('dashboard', 'export', { table: 'children' })],
  ];
  const out: Record<string, number> = {};
  try {
    Object.assign(out, await rebuildJob(lc, log));
    Object.assign(out, await exportJob(lc, admin, log));
    Object.assign(out, await importAt10x(lc, admin, functionTimeout('ledger'), log));
    for (const [name, fn, work] of actions) {
      const timeout = functionTimeout(fn);
      const r = await timed(work);
      const within = r.ok && r.ms <= timeout * 1000;
      out[`${name}_10x_ms`] = r.ms;
      out[`${name}_timeout_s`] = timeout;
      out[`${name}_10x_within`] = within ? 1 : 0;
      log(
        `${name.padEnd(20)} x10 ${String(r.ms).padStart(7)} ms   timeout ${timeout} s   ${within ? 'within' : `NOT within: ${r.detail.slice(0, 160)}`}`,
      );
    }
  } finally {
    await lc.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return out;
}

/** The rollups' rebuild as a job: the nightly trigger's slice, then minute-timer slices until it is done. */
async function rebuildJob(lc: LocalCloud, log: (line: string) => void): Promise<Record<string, number>> {
  const timeout = functionTimeout('ledger');
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  const slices: number[] = [];
  const started = performance.now();
  let status = 'running';
  let detail = '';
  try {
    for (let trigger = 'rebuildRollups'; status === 'running' && slices.length < 40; trigger = 'continueJobs') {
      const r = await timed(() => lc.fireTrigger('ledger', trigger));
      slices.push(r.ms);
      if (!r.ok) {
        detail = r.detail;
        break;
      }
      const job = lc.db.browse('jobs', JSON.stringify({ _id: 'rollups' }), 0, 1).docs[0] as
        | { status: string; done: number; total: number }
        | undefined;
      status = job?.status ?? 'missing';
      log(`  rebuild slice ${slices.length}: ${r.ms} ms, ${job?.done}/${job?.total}, ${status}`);
    }
  } finally {
    clearInterval(sampler);
  }
  const total = Math.round(performance.now() - started);
  const longest = Math.max(...slices);
  const within = status === 'done' && longest <= timeout * 1000;
  log(
    `${'rebuild_rollups'.padEnd(20)} x10 ${String(total).padStart(7)} ms in ${slices.length} slices (longest ${longest} ms)   timeout ${timeout} s   ${within ? 'each slice within' : `NOT within: ${status} ${detail.slice(0, 160)}`}   peak RSS ${Math.round(peak / 1e6)} MB (${Math.round(before / 1e6)} MB before)`,
  );
  return {
    rebuild_rollups_10x_ms: total,
    rebuild_rollups_slices: slices.length,
    rebuild_rollups_slice_max_ms: longest,
    rebuild_rollups_slice_p50_ms: [...slices].sort((a, b) => a - b)[Math.floor(slices.length / 2)],
    rebuild_rollups_timeout_s: timeout,
    rebuild_rollups_10x_within: within ? 1 : 0,
    rebuild_rollups_peak_rss_mb: Math.round(peak / 1e6),
    rebuild_rollups_rss_before_mb: Math.round(before / 1e6),
  };
}

/**
 * The district's whole ledger export (masked) as its page follows it, one step a call
 * (`VETGRID_JOB_SLICE_MS=1`): exportLedger writes the first part, each ledgerExport the next, the last one
 * also hands out the links. Each call's time is a step's (with the call around it); the total is their sum.
 * Without the cap a slice runs steps for up to 40 s, so a page's ask or a timer slice does several.
 */
export async function exportJob(
  lc: LocalCloud,
  openid: string,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  const timeout = functionTimeout('ledger');
  const cap = process.env.VETGRID_JOB_SLICE_MS;
  process.env.VETGRID_JOB_SLICE_MS = '1';
  const steps: number[] = [];
  let job: { id: string; status: string; done: number; total: number; rows: number; parts: unknown[] } | undefined;
  let detail = '';
  try {
    for (let call = 0; call < 200 && (!job || job.status === 'running'); call++) {
      const [action, input] = job
        ? ['ledgerExport', { jobId: job.id }]
        : ['exportLedger', { reason: '规模基准测试：导出全区台账' }];
      const t = performance.now();
      const { result } = await lc.invoke('ledger', { action, input }, { OPENID: openid });
      steps.push(Math.round(performance.now() - t));
      const r = result as { ok: boolean; data?: typeof job; error?: unknown };
      if (!r.ok) {
        detail = JSON.stringify(r.error);
        break;
      }
      job = r.data;
      log(`  export step ${steps.length}: ${steps.at(-1)} ms, ${job?.done}/${job?.total}, ${job?.status}`);
    }
  } finally {
    if (cap === undefined) delete process.env.VETGRID_JOB_SLICE_MS;
    else process.env.VETGRID_JOB_SLICE_MS = cap;
  }
  const total = steps.reduce((a, b) => a + b, 0);
  const longest = Math.max(...steps);
  const within = job?.status === 'done' && longest <= timeout * 1000;
  log(
    `${'ledger_export'.padEnd(20)} ${String(total).padStart(7)} ms in ${steps.length} steps (longest ${longest} ms), ${job?.rows} rows in ${job?.parts.length} parts   timeout ${timeout} s   ${within ? 'each step within' : `NOT within: ${job?.status} ${detail.slice(0, 160)}`}`,
  );
  return {
    ledger_export_10x_ms: total,
    ledger_export_steps: steps.length,
    ledger_export_step_max_ms: longest,
    ledger_export_step_p50_ms: [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)],
    ledger_export_rows: job?.rows ?? 0,
    ledger_export_parts: job?.parts.length ?? 0,
    ledger_export_timeout_s: timeout,
    ledger_export_10x_within: within ? 1 : 0,
  };
}

import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import type { LocalCloud } from '../../localcloud';
import { localSdk } from '../../scripts/seed-local';
import { incomingFolder } from '../../cloudfunctions/_kernel/uploads';
import { createPii, DEV_PII_KEY } from '../../cloudfunctions/_kernel/pii';
import { idCheckChar } from '../../types/common/validators';
import type { OrgDoc } from '../../types/org/model';
import { sized } from './smoke';

/** About what one sheet holds: the import takes .xlsx up to 5 MB (MAX_SHEET_BYTES, "about 20,000 rows"). */
export const IMPORT_ROWS = sized(20_000, 200);
const HEADERS = ['所属镇街', '所属社区', '所属网格', '姓名', '身份证号', '手机号'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['建国', '志强', '海波', '国华', '卫东', '红军', '振华', '德胜', '永刚', '立新'];

/**
 * A sheet of IMPORT_ROWS people not yet filed, spread over every grid of the store (by the names a district's
 * sheet carries), with valid ID numbers of a region code the generated district never uses, so none is on file.
 */
async function sheetFor(lc: LocalCloud): Promise<Buffer> {
  const orgs = lc.db.browse('orgs', '{}', 0, 100_000).docs as OrgDoc[];
  const name = new Map(orgs.map((o) => [o._id, o.name]));
  const grids = orgs.filter((o) => o.kind === 'grid');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(HEADERS);
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const g = grids[(i * 7919) % grids.length];
    const birth = `${1940 + (i % 60)}${String(1 + (Math.floor(i / 60) % 12)).padStart(2, '0')}${String(1 + (Math.floor(i / 720) % 28)).padStart(2, '0')}`;
    const first17 = `440499${birth}${String(100 + Math.floor(i / 20_160)).padStart(3, '0')}`;
    sheet.addRow([
      ...g.path.slice(1).map((id) => name.get(id) ?? ''),
      SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length],
      first17 + idCheckChar(first17),
      `139${String(i).padStart(8, '0')}`,
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Asks of ledgerJob while following an import's recompute (each works a slice of up to 15 s). */
const MAX_ASKS = 40;

type Invoke = (action: string, input: unknown) => Promise<{ ok: boolean; data?: unknown; error?: unknown }>;

/**
 * Follows an import's recompute of its grids' figures as the page does (ledgerJob, one ask after another),
 * from what the commit answered: how many asks, the longest, whether each ended within the timeout, and
 * the time from the commit's answer until the figures were all recomputed.
 */
async function followStats(
  invoke: Invoke,
  started: { id: string; status: string; done: number; total: number },
  timeoutS: number,
): Promise<{ asks: number; longestMs: number; allWithin: boolean; totalMs: number; status: string; done: number }> {
  const t0 = performance.now();
  let job = started;
  let asks = 0;
  let longestMs = 0;
  let allWithin = true;
  while (job.status === 'running' && asks < MAX_ASKS) {
    const t = performance.now();
    const r = await invoke('ledgerJob', { jobId: started.id });
    const ms = performance.now() - t;
    asks += 1;
    longestMs = Math.max(longestMs, ms);
    if (!r.ok || ms > timeoutS * 1000) allWithin = false;
    if (!r.ok) break;
    job = r.data as typeof job;
  }
  return {
    asks,
    longestMs: Math.round(longestMs),
    allWithin,
    totalMs: Math.round(performance.now() - t0),
    status: job.status,
    done: job.done,
  };
}

/**
 * The ledger import of one full sheet at x10 by the district admin, each call once against the ledger
 * function's timeout: the dry run, the commit (every row a new file), and the same sheet committed again
 * (every row already filed: nothing written). After each commit, its recompute of the touched grids'
 * figures is followed as the page follows it. Answers `ledger_import_<step>_10x_ms` and `_within`, and
 * for each commit `ledger_import_<step>_stats_*`: asks, the longest ask, the time until done, the grids.
 */
export async function importAt10x(
  lc: LocalCloud,
  openid: string,
  timeoutS: number,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  const content = await sheetFor(lc);
  const { fileID } = (await localSdk(lc).uploadFile({
    cloudPath: `${incomingFolder(createPii(DEV_PII_KEY), openid)}scale-import.xlsx`,
    fileContent: content,
  })) as { fileID: string };
  const out: Record<string, number> = {
    ledger_import_rows: IMPORT_ROWS,
    ledger_import_sheet_kb: Math.round(content.length / 1024),
  };
  // A call past the function's timeout is stopped as WeChat stops it: reported as not within, and the next
  // step (the same sheet again) shows what the stopped commit had written.
  const invoke: Invoke = (action, input) =>
    lc.invoke('ledger', { action, input }, { OPENID: openid }).then(
      (inv) => inv.result as { ok: boolean; data?: unknown; error?: unknown },
      (err: { code?: string; message?: string }) => ({ ok: false, error: { code: err.code, message: err.message } }),
    );
  for (const [step, action] of [
    ['dry_run', 'importDryRun'],
    ['commit', 'importCommit'],
    ['commit_again', 'importCommit'],
  ] as const) {
    const t = performance.now();
    const r = (await invoke(action, { fileID })) as {
      ok: boolean;
      data?: {
        toCreate: number;
        created: number;
        existing: number;
        rejected: number;
        stats?: { id: string; status: string; done: number; total: number };
      };
      error?: unknown;
    };
    const ms = Math.round(performance.now() - t);
    const within = r.ok && ms <= timeoutS * 1000;
    out[`ledger_import_${step}_10x_ms`] = ms;
    out[`ledger_import_${step}_10x_within`] = within ? 1 : 0;
    if (step === 'dry_run')
      for (const pr of (r.data as { problems?: unknown[] } | undefined)?.problems?.slice(0, 3) ?? [])
        log(`  refused: ${JSON.stringify(pr)}`);
    if (step === 'commit') out.ledger_import_created = r.data?.created ?? 0;
    if (step === 'commit_again') out.ledger_import_existing = r.data?.existing ?? 0;
    log(
      `${`ledger_import ${step}`.padEnd(20)} x10 ${String(ms).padStart(7)} ms   timeout ${timeoutS} s   ${
        within
          ? `within (${IMPORT_ROWS} rows: ${r.data?.toCreate} to create, ${r.data?.created} created, ${r.data?.existing} on file, ${r.data?.rejected} refused)`
          : `NOT within: ${JSON.stringify(r.error ?? r).slice(0, 160)}`
      }`,
    );
    const started = r.data?.stats;
    if (!started) continue;
    const f = await followStats(invoke, started, timeoutS);
    const name = `ledger_import_${step}_stats`;
    Object.assign(out, {
      [`${name}_grids`]: started.total,
      [`${name}_in_commit`]: started.done,
      [`${name}_done`]: f.done,
      [`${name}_asks`]: f.asks,
      [`${name}_ask_max_ms`]: f.longestMs,
      [`${name}_asks_within`]: f.allWithin ? 1 : 0,
      [`${name}_after_commit_ms`]: f.totalMs,
    });
    log(
      `${`  ${step} figures`.padEnd(20)} x10 ${String(f.totalMs).padStart(7)} ms after it   ${started.done} of ${started.total} grids in the commit, the rest in ${f.asks} asks (longest ${f.longestMs} ms${f.allWithin ? ', each within' : ', NOT each within'}): ${f.status}`,
    );
  }
  out.ledger_import_timeout_s = timeoutS;
  // The district's figure once both recomputes are done, against a scan of the files themselves.
  const district = lc.db.browse('rollups', JSON.stringify({ kind: 'district' }), 0, 1).docs[0] as { known: number };
  out.ledger_import_district_known = district.known;
  out.ledger_import_district_files = lc.db.browse(
    'veterans',
    JSON.stringify({ lifeStatus: 'in_district' }),
    0,
    0,
  ).total;
  log(
    `  district figure      ${out.ledger_import_district_known} in its rollup, ${out.ledger_import_district_files} living files scanned`,
  );
  return out;
}

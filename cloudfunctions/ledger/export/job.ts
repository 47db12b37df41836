import { shanghaiDay } from '../../../types/common/shanghai-time';
import { LEDGER_EXPORT_JOB } from '../../../types/ledger/export';
import type { LedgerFilter } from '../../../types/ledger/search';
import type { OrgDoc } from '../../../types/org/model';
import type { AuditDoc } from '../../../types/veteran/records';
import type { VeteranDoc } from '../../../types/veteran/model';
import { exportSheet } from '../../_kernel/export-sheet';
import type { JobCtx, JobKind, JobStage } from '../../_kernel/jobs';
import { writeAuditAs } from '../../_domain/dossier/audit';
import { loadLedgerSettings } from '../../_domain/dossier/settings';
import { searchWhere } from '../jurisdiction/search-filter';
import { EXPORT_HEADERS, exportRow } from '../xlsx/columns';

/**
 * Rows in one part: one step reads them (1,000 a page), writes them to one .xlsx and stores it. Measured at
 * ten times the district (local engine, loaded machine, 5 Dec): a step of 10,000 rows took 2.9 s at most
 * (p50 1.6 s), far inside the 20 s a slice keeps in hand; the whole x10 district is 22 files, today's 3.
 */
const PART_ROWS = 10_000;
/** Rows a part: `VETGRID_EXPORT_PART_ROWS` caps it where set (tests: a small district in several parts). */
function partRows(): number {
  const cap = Number(process.env.VETGRID_EXPORT_PART_ROWS);
  return cap > 0 ? Math.min(cap, PART_ROWS) : PART_ROWS;
}
const PAGE = 1000;

/** A part done: its stored file and how many rows it holds. */
interface PartDone {
  fileID: string;
  rows: number;
}

/**
 * What an export keeps between slices (one small document: the parts are file ids, a few dozen at most).
 * A full ID number searched for is kept only as its keyed hash (`idHash`), never as typed.
 */
export interface ExportState extends ExportInput, Record<string, unknown> {
  jobId: string;
  parts: PartDone[];
}

/** What the starter passes (`startJob`'s input). */
export interface ExportInput {
  orgId: string;
  orgName: string;
  orgPath: string[];
  /** The files' where-clause: the node's path key and id (filesUnder). */
  scope: Record<string, string>;
  full: boolean;
  query: string;
  idHash: string | null;
  filter: LedgerFilter;
  reason: string;
  actor: AuditDoc['actor'];
  /** The instant the export was asked for (ISO): ages, 80+ and the file names are as of then. */
  at: string;
}

function whereOf(ctx: JobCtx, s: ExportState): Record<string, unknown> {
  const where = searchWhere({ ...ctx, now: new Date(s.at) }, ctx.pii, s.scope, s.query, s.filter);
  if (s.idHash) where.idHash = s.idHash;
  return where;
}

/** The names of the org nodes on the files' paths (street, community, grid), a hundred ids a query. */
async function placeNames(ctx: JobCtx, files: VeteranDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(files.flatMap((f) => f.orgPath.slice(1)))];
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const orgs = await ctx.read.many<OrgDoc>('orgs', { _id: ctx._.in(chunk) }, { limit: chunk.length });
    for (const o of orgs) names.set(o._id, o.name);
  }
  return names;
}

/** Where a part is stored: one path per job and part, so a part written again replaces itself. */
function partPath(s: ExportState, index: number): string {
  return `exports/${shanghaiDay(new Date(s.at))}/${s.jobId}-${index + 1}.xlsx`;
}

/**
 * The one stage: each step reads the next PART_ROWS files (or fewer: partRows) after the cursor (the last file id written, in
 * id order), writes them as part n (n = parts done so far) and stores it at part n's own path. A step
 * killed after storing and before its cursor was saved writes the same rows to the same part again:
 * nothing is exported twice. Then (finish) the one audit entry with the total rows, under the job's id.
 */
const partsStage: JobStage<ExportState> = {
  name: 'parts',
  async step(ctx, cursor, run) {
    const s = run.state;
    const settings = await loadLedgerSettings(ctx.read);
    const where = whereOf(ctx, s);
    const files: VeteranDoc[] = [];
    const want = partRows();
    for (let last = cursor ?? ''; files.length < want; ) {
      const limit = Math.min(PAGE, want - files.length);
      const page = await ctx.read.many<VeteranDoc>('veterans', last ? { ...where, _id: ctx._.gt(last) } : where, {
        orderBy: [['_id', 'asc']],
        limit,
      });
      files.push(...page);
      if (page.length < limit) break;
      last = page[page.length - 1]._id;
    }
    // An export of nothing still hands over one file (the headers): the user sees it is empty.
    if (files.length || !s.parts.length) {
      const names = await placeNames(ctx, files);
      const pii = s.full ? ctx.pii() : null;
      const at = new Date(s.at);
      const sheet = exportSheet('台账', EXPORT_HEADERS, { plain: true });
      for (const f of files)
        sheet.add(
          exportRow(
            f,
            f.orgPath.slice(1).map((id) => names.get(id) ?? ''),
            settings,
            at,
            pii,
          ),
        );
      const index = s.parts.length;
      const fileID = await sheet.store(ctx, partPath(s, index));
      s.parts = [...s.parts, { fileID, rows: files.length }];
      run.advance(files.length);
    }
    return files.length < want ? null : files[files.length - 1]._id;
  },
  async finish(ctx, run) {
    const s = run.state;
    await writeAuditAs(
      ctx.db,
      s.actor,
      {
        kind: 'export',
        targetId: s.orgId,
        orgPath: s.orgPath,
        field: s.full ? 'full' : 'masked',
        reason: s.reason,
        at: new Date(s.at),
        rows: s.parts.reduce((n, p) => n + p.rows, 0),
      },
      `export-${s.jobId}`,
    );
  },
};

/** A ledger export as a job of the ledger function (its minute timer carries it on). */
export const ledgerExportJob: JobKind<ExportState> = {
  kind: LEDGER_EXPORT_JOB,
  fn: 'ledger',
  async plan(ctx, input, id) {
    const state: ExportState = { ...(input as ExportInput), jobId: id, parts: [] };
    // Units: rows (the files the export will write as of now; files added meanwhile may add a few).
    return { total: await ctx.read.count('veterans', whereOf(ctx, state)), state };
  },
  stages: [partsStage],
};

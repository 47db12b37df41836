import { importCommit } from '../../../types/ledger/transfer';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { staffActor } from '../../_domain/dossier/actor';
import { writeAudit } from '../../_domain/dossier/audit';
import { changeEntry } from '../../_domain/dossier/history';
import { jobProgress, startJob, workSlice } from '../../_kernel/jobs';
import { LEDGER_JOBS } from '../jobs';
import { importStatsJob } from '../import/stats-job';
import { analyseSheet } from '../import/analyse';
import { addMissing } from '../../_kernel/add-missing';
import { downloadSheet } from '../import/download';

const BATCH = 500;
/**
 * The figures' recompute worked within the call, short so the report comes soon: a sheet over a few hundred
 * grids is done by the time it answers (a step of 20 grids took about 0.17 s at ten times the district);
 * a district-wide one goes on while the page follows it. Before the job, recomputing all 4,750 grids in
 * the call took the commit to 40.9-57.4 s of its 60 s at ten times the district (5-6 Dec).
 */
const SLICE_MS = 5_000;

/**
 * Creates the files the dry run accepts (rows with problems are skipped and reported). A file's id comes
 * from its ID hash, and people already filed are skipped, so importing the same sheet twice creates nothing.
 *
 * A batch may fail part way (a timeout, or an add() of an array that keeps a prefix: CloudBase does not
 * say), so every write is one a re-run completes without duplicating: each file's import entry has an id
 * of its own (`<file id>__import`) and is written BEFORE the file, only where missing; a re-run finds the
 * people not filed yet and writes what they lack. A failed commit is retried by importing the sheet again.
 * The figures of the grids the sheet's people are filed in are then recomputed by a job (import/stats-job.ts),
 * whose first slice runs here: a re-run recomputes the grids of the people a killed commit filed, too.
 */
export default defineAction(importCommit, async ({ fileID }, ctx) => {
  const { db, now } = ctx;
  // The widest seat allowed to import: the district's before a street's, a street's before a station's.
  const { me, seat } = await ctx.authorizeSeat('ledger:import');
  const { report, toCreate, filedGrids } = await analyseSheet(ctx, me, await downloadSheet(ctx, fileID), true);
  const actor = { ...staffActor(me, seat.orgPath), kind: 'import' as const };
  const batchId = newId();
  for (let i = 0; i < toCreate.length; i += BATCH) {
    const files = toCreate.slice(i, i + BATCH);
    const entries = files.map((f) => ({
      ...changeEntry(f._id, actor, 'import', [], now, { note: `台账导入（批次 ${batchId.slice(0, 8)}）` }),
      _id: importEntryId(f._id),
    }));
    await addMissing(db, ctx.read, 'fileChanges', entries);
    await addMissing(db, ctx.read, 'veterans', files);
  }
  await writeAudit(db, me, {
    kind: 'import',
    targetId: seat.orgId,
    orgPath: seat.orgPath,
    field: '',
    reason: `导入 ${toCreate.length} 人`,
    at: now,
    rows: toCreate.length,
  });
  const job = await startJob(ctx, importStatsJob, {
    startedBy: me.openid,
    orgPath: seat.orgPath,
    input: [...toCreate.map((f) => f.gridId), ...filedGrids],
  });
  const after = (await workSlice(ctx, LEDGER_JOBS, job._id, SLICE_MS)) ?? job;
  return { ...report, created: toCreate.length, stats: jobProgress(after) };
});

/** A file's one import entry: deterministic, so a re-run of a failed commit never writes it twice. */
const importEntryId = (veteranId: string): string => `${veteranId}__import`;

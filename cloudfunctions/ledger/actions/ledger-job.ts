import { AppError } from '../../../types/common/errors';
import type { JobDoc } from '../../../types/jobs/model';
import { IMPORT_STATS_JOB, ledgerJob } from '../../../types/ledger/jobs';
import { rebuildRollupsJob } from '../../_domain/rollups/rebuild';
import { defineAction } from '../../_kernel/action';
import { jobProgress, workSlice } from '../../_kernel/jobs';
import { LEDGER_JOBS } from '../jobs';

/** A slice worked on behalf of the page asking: short, so 进度 moves while it watches. */
const SLICE_MS = 15_000;
const ROLLUPS_JOB_KIND = rebuildRollupsJob.kind;

/**
 * A ledger job's progress: the statistics' recompute for whoever may change the district's rules; an
 * import's recompute for the one who imported, while they may still import there. Anyone else (and any
 * other kind: an export is followed by its starter with ledgerExport) is answered as for a job that does
 * not exist. While it runs, each ask works one more slice of it unless another invocation holds it.
 */
export default defineAction(ledgerJob, async ({ jobId }, ctx) => {
  const me = await ctx.caller();
  const found = await ctx.read.byId<JobDoc>('jobs', jobId);
  const imported = found?.kind === IMPORT_STATS_JOB && found.startedBy === me.openid;
  const job = found?.kind === ROLLUPS_JOB_KIND || imported ? found : null;
  await ctx.authorizeFound(
    imported ? 'ledger:import' : 'ledger:settings',
    job,
    new AppError('NOT_FOUND', '没有找到这项统计任务'),
    (j) => ({ orgPath: j.orgPath }),
  );
  const after = (await workSlice(ctx, LEDGER_JOBS, jobId, SLICE_MS)) ?? (job as JobDoc);
  return jobProgress(after);
});

import { AppError } from '../../../types/common/errors';
import type { JobDoc } from '../../../types/jobs/model';
import { ledgerJob } from '../../../types/ledger/jobs';
import { rebuildRollupsJob } from '../../_domain/rollups/rebuild';
import { defineAction } from '../../_kernel/action';
import { jobProgress, workSlice } from '../../_kernel/jobs';
import { LEDGER_JOBS } from '../jobs';

/** A slice worked on behalf of the page asking: short, so 进度 moves while it watches. */
const SLICE_MS = 15_000;
const ROLLUPS_JOB_KIND = rebuildRollupsJob.kind;

/**
 * A ledger job's progress for whoever may change the district's rules (the one kind of job here yet);
 * while it runs, each ask works one more slice of it unless another invocation holds it.
 */
export default defineAction(ledgerJob, async ({ jobId }, ctx) => {
  const job = await ctx.read.byId<JobDoc>('jobs', jobId);
  // Only the statistics' recompute: an export is followed by its starter alone (ledgerExport).
  const recompute = job?.kind === ROLLUPS_JOB_KIND ? job : null;
  await ctx.authorizeFound('ledger:settings', recompute, new AppError('NOT_FOUND', '没有找到这项统计任务'), (j) => ({
    orgPath: j.orgPath,
  }));
  const after = (await workSlice(ctx, LEDGER_JOBS, jobId, SLICE_MS)) ?? (job as JobDoc);
  return jobProgress(after);
});

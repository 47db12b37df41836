import { AppError } from '../../../types/common/errors';
import type { JobDoc } from '../../../types/jobs/model';
import { LEDGER_EXPORT_JOB, ledgerExport } from '../../../types/ledger/export';
import { defineAction } from '../../_kernel/action';
import { workSlice } from '../../_kernel/jobs';
import type { ExportState } from '../export/job';
import { exportView } from '../export/view';
import { LEDGER_JOBS } from '../jobs';

/** A slice worked on behalf of the page asking: short, so 进度 moves while it watches. */
const SLICE_MS = 15_000;

/**
 * An export's progress, then its parts' links (fresh on every ask), for the one who started it while they
 * may still export there (a full export: while they may export in full); anyone else is answered as for
 * an export that does not exist. While it runs, each ask writes one more part unless another invocation is.
 */
export default defineAction(ledgerExport, async ({ jobId }, ctx) => {
  const me = await ctx.caller();
  const found = await ctx.read.byId<JobDoc>('jobs', jobId);
  const mine = found?.kind === LEDGER_EXPORT_JOB && found.startedBy === me.openid ? found : null;
  const full = (mine?.state as ExportState | undefined)?.full ?? false;
  const { thing: job } = await ctx.authorizeFound(
    full ? 'ledger:full' : 'ledger:export',
    mine,
    new AppError('NOT_FOUND', '没有找到这次导出'),
    (j) => ({ orgPath: j.orgPath }),
  );
  const after = (await workSlice(ctx, LEDGER_JOBS, job._id, SLICE_MS)) ?? job;
  return exportView(ctx, after);
});

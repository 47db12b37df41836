import { exportLedger } from '../../../types/ledger/transfer';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { startJob, workSlice } from '../../_kernel/jobs';
import { nodeFor } from '../../_domain/jurisdiction';
import { auditActor } from '../../_domain/dossier/audit';
import { filesUnder } from '../jurisdiction/scope';
import { FULL_ID } from '../jurisdiction/search-filter';
import { type ExportInput, ledgerExportJob } from '../export/job';
import { exportView } from '../export/view';
import { LEDGER_JOBS } from '../jobs';

/** The first slice, worked within this call: a grid's or a community's export is done by its answer. */
const SLICE_MS = 15_000;

/**
 * The jurisdiction's ledger as .xlsx parts in cloud storage (ledger/export/job.ts), handed out as
 * 10-minute links. Masked, or full for street and district staff who ask and give a reason. The rows are
 * the files searchLedger lists for the same query and filter, in id order. Started as a job and worked
 * for one slice here; the page follows the rest with `ledgerExport`. Audited once, when done.
 */
export default defineAction(exportLedger, async ({ orgId, full, reason, query, filter }, ctx) => {
  const me = await ctx.caller();
  const org = await nodeFor(ctx, orgId ?? null, full ? 'ledger:full' : 'ledger:export');
  const q = query.trim();
  const fullId = FULL_ID.test(q);
  const input: ExportInput = {
    orgId: org._id,
    orgName: org.name,
    orgPath: org.path,
    scope: filesUnder(org),
    full,
    query: fullId ? '' : q,
    idHash: fullId ? ctx.pii().blindIndex('id', q.toUpperCase()) : null,
    filter,
    reason,
    actor: auditActor(me, org.path),
    at: ctx.now.toISOString(),
  };
  const job = await startJob(ctx, ledgerExportJob, { id: newId(), startedBy: me.openid, orgPath: org.path, input });
  const after = (await workSlice(ctx, LEDGER_JOBS, job._id, SLICE_MS)) ?? job;
  return exportView(ctx, after);
});

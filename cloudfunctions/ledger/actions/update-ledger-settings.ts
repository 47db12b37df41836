import { updateLedgerSettings } from '../../../types/ledger/settings';
import type { LedgerSettingsDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { jobProgress, startJob } from '../../_kernel/jobs';
import { REBUILD_JOB_ID, rebuildRollupsJob } from '../../_domain/rollups/rebuild';

/**
 * District staff change the rules; every grid's filing rate and every node's rollup is recomputed under
 * them by the rebuild job (started again from its start if one was running under the old rules). The
 * answer names the job; the page follows it (ledger.ledgerJob), the minute timer finishes it otherwise.
 */
export default defineAction(updateLedgerSettings, async (input, ctx) => {
  const { me, seat } = await ctx.authorizeSeat('ledger:settings');
  const doc: Omit<LedgerSettingsDoc, '_id'> = { ...input, updatedAt: ctx.now, updatedBy: seat.staffId ?? me.openid };
  await ctx.db.collection('settings').doc('ledger').set({ data: doc });
  const job = await startJob(ctx, rebuildRollupsJob, {
    id: REBUILD_JOB_ID,
    restart: true,
    startedBy: seat.staffId ?? me.openid,
    orgPath: seat.orgPath,
  });
  return { ...input, job: jobProgress(job) };
});

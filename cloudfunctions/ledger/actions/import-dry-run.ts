import { importDryRun } from '../../../types/ledger/transfer';
import { defineAction } from '../../_kernel/action';
import { analyseSheet } from '../import/analyse';
import { downloadSheet } from '../import/download';

/** What an import of the uploaded sheet would do, row by row. Writes nothing. */
export default defineAction(importDryRun, async ({ fileID }, ctx) => {
  const { me } = await ctx.authorizeSeat('ledger:import');
  const { report } = await analyseSheet(ctx, me, await downloadSheet(ctx, fileID), false);
  return report;
});

import { importDryRun } from '../../../types/ledger/transfer';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { analyseSheet } from '../import/analyse';
import { downloadSheet } from '../import/download';

/** What an import of the uploaded sheet would do, row by row. Writes nothing. */
export default defineAction(importDryRun, async ({ fileID }, ctx) => {
  const me = await ctx.caller();
  if (!me.staff.some((s) => s.role === 'street_staff' || s.role === 'district_staff')) {
    throw new AppError('FORBIDDEN', '只有街道和区退役军人事务部门可以导入台账');
  }
  const { report } = await analyseSheet(ctx, me, await downloadSheet(ctx, fileID), false);
  return report;
});

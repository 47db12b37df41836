import { dashboardExport } from '../../../types/dashboard/overview';
import { defineAction } from '../../_kernel/action';
import { exportSheet } from '../../_kernel/export-sheet';
import { nodeFor } from '../../_domain/jurisdiction';
import { figuresOf, periodOf } from '../lib/figures';
import { tableOf } from '../lib/tables';

/** One table as .xlsx in storage, handed back as a short-lived link (only to whom may see the figures). */
export default defineAction(dashboardExport, async ({ table, orgId, from, to }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'dashboard:export');
  const period = periodOf(ctx.now, from, to);
  const { sheetName, columns, rows } = tableOf(await figuresOf(ctx, node, period), table);
  const sheet = exportSheet(sheetName, columns);
  for (const row of rows) sheet.add(row);
  return sheet.finish(ctx, `${node.name}${sheetName}_${period.from}至${period.to}.xlsx`);
});

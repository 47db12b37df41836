import { listReports } from '../../../types/supervision/reports';
import type { ReportDoc } from '../../../types/supervision/report-model';
import { defineAction } from '../../_kernel/action';
import { bodyFor, staffIdIn } from '../bodies/body';
import { stageLabels } from '../bodies/stages';
import { reportView } from '../reports/views';

/** The office's inbox, newest first; optionally one status. */
export default defineAction(listReports, async ({ status }, ctx) => {
  const { bodyId, caller } = await bodyFor(ctx, 'report:handle');
  const where = status ? { bodyId, status } : { bodyId };
  const reports = await ctx.read.many<ReportDoc>('supervisionReports', where, {
    limit: 200,
    orderBy: [['filedAt', 'desc']],
  });
  const labels = await stageLabels(
    ctx,
    reports.map((r) => r.stageId),
  );
  const me = staffIdIn(caller, bodyId);
  return { items: reports.map((r) => reportView(r, labels, me)) };
});

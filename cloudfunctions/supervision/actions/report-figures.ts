import { reportFigures } from '../../../types/supervision/reports';
import { REPORT_STATUSES, REPORT_TYPES, type ReportDoc } from '../../../types/supervision/report-model';
import { defineAction } from '../../_kernel/action';
import { bodyFor } from '../bodies/body';

/** The office's counts: by status, by type, how many are on the problem list. */
export default defineAction(reportFigures, async (_input, ctx) => {
  const { bodyId } = await bodyFor(ctx, 'report:handle');
  const reports = await ctx.read.many<ReportDoc>('supervisionReports', { bodyId }, { limit: 1000 });
  const count = <K extends string>(keys: readonly K[], of: (r: ReportDoc) => K) =>
    Object.fromEntries(keys.map((k) => [k, reports.filter((r) => of(r) === k).length])) as Record<K, number>;
  return {
    total: reports.length,
    byStatus: count(REPORT_STATUSES, (r) => r.status),
    byType: count(REPORT_TYPES, (r) => r.type),
    published: reports.filter((r) => r.listing === 'public').length,
  };
});

import { listProblems } from '../../../types/supervision/reports';
import type { ReportDoc } from '../../../types/supervision/report-model';
import { defineAction } from '../../_kernel/action';
import { stageLabels } from '../bodies/stages';
import { problemView } from '../reports/views';

/** The problem list (问题清单), published to the whole district: any user of the app reads it. */
export default defineAction(listProblems, async (_input, ctx) => {
  await ctx.caller();
  const reports = await ctx.read.many<ReportDoc>(
    'supervisionReports',
    { listing: 'public' },
    { limit: 100, orderBy: [['publishedAt', 'desc']] },
  );
  const labels = await stageLabels(
    ctx,
    reports.map((r) => r.stageId),
  );
  return { items: reports.map((r) => problemView(r, labels)) };
});

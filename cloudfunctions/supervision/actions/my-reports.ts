import { myReports } from '../../../types/supervision/reports';
import type { ReportDoc, ReporterLinkDoc } from '../../../types/supervision/report-model';
import { defineAction } from '../../_kernel/action';
import { stageLabels } from '../bodies/stages';
import { reportView } from '../reports/views';

/** The caller's own reports, newest first (also after their term: they may still read). */
export default defineAction(myReports, async (_input, ctx) => {
  const me = await ctx.caller();
  const links = await ctx.read.many<ReporterLinkDoc>(
    'reportReporters',
    { openid: me.openid },
    { limit: 100, orderBy: [['filedAt', 'desc']] },
  );
  if (!links.length) return { items: [] };
  const reports = await ctx.read.many<ReportDoc>(
    'supervisionReports',
    { _id: ctx._.in(links.map((l) => l._id)) },
    { limit: links.length },
  );
  reports.sort((a, b) => b.filedAt.getTime() - a.filedAt.getTime());
  const labels = await stageLabels(
    ctx,
    reports.map((r) => r.stageId),
  );
  return { items: reports.map((r) => reportView(r, labels)) };
});

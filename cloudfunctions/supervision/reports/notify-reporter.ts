import { PAGE_PATHS } from '../../../types/common/pages';
import type { ReportDoc, ReporterLinkDoc } from '../../../types/supervision/report-model';
import { shanghaiMinute } from '../../../types/common/shanghai-time';
import type { ActionContext } from '../../_kernel/action';
import { notifyUser } from '../../_domain/subscriptions';

export const MY_REPORTS_PAGE = PAGE_PATHS.supervisionMyReports;

/** Tells the reporter (if they allowed it) that their report was answered. The link is read here and goes nowhere else. */
export async function notifyReporter(ctx: ActionContext, report: ReportDoc): Promise<void> {
  const link = await ctx.read.byId<ReporterLinkDoc>('reportReporters', report._id);
  if (!link) return;
  await notifyUser(
    ctx,
    link.openid,
    'reportProgress',
    [report.refNo, '已答复', '您反映的问题已有答复', shanghaiMinute(ctx.now)],
    MY_REPORTS_PAGE,
    `report:${report._id}:${ctx.requestId}`,
  );
}

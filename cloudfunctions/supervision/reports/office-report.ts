import { AppError } from '../../../types/common/errors';
import type { ReportDoc } from '../../../types/supervision/report-model';
import type { ActionContext } from '../../_kernel/action';
import { bodyFor, staffIdIn, type Body } from '../bodies/body';
import type { Caller } from '../../_kernel/caller';

/** A report of the caller's office, for the office's staff (NOT_FOUND for another body's). */
export async function officeReport(
  ctx: ActionContext,
  reportId: string,
): Promise<{ report: ReportDoc; body: Body; caller: Caller; staffId: string }> {
  const body = await bodyFor(ctx, 'report:handle');
  const report = await ctx.read.byId<ReportDoc>('supervisionReports', reportId);
  if (!report || report.bodyId !== body.bodyId) throw new AppError('NOT_FOUND', '没有找到该反映', 'reportId');
  return { report, body, caller: body.caller, staffId: staffIdIn(body.caller, body.bodyId) };
}

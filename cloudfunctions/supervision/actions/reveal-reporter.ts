import { revealReporter } from '../../../types/supervision/reports';
import type { ReportDoc, ReporterLinkDoc } from '../../../types/supervision/report-model';
import type { SupervisorDoc } from '../../../types/supervision/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { bodyFor, staffIdIn } from '../bodies/body';

/** The office's head alone learns who filed a report; the reveal is logged against the report. */
export default defineAction(revealReporter, async ({ reportId }, ctx) => {
  const { bodyId, caller } = await bodyFor(ctx, 'report:reveal');
  const report = await ctx.read.byId<ReportDoc>('supervisionReports', reportId);
  if (!report || report.bodyId !== bodyId) throw new AppError('NOT_FOUND', '没有找到该反映', 'reportId');
  const link = await ctx.read.byId<ReporterLinkDoc>('reportReporters', report._id);
  const supervisor = link ? await ctx.read.byId<SupervisorDoc>('supervisors', link.supervisorId) : null;
  if (!supervisor) throw new AppError('NOT_FOUND', '没有找到反映人的聘任记录');
  await ctx.db.collection('audit').add({
    data: {
      _id: newId(),
      targetId: report._id,
      action: 'supervision.revealReporter',
      by: staffIdIn(caller, bodyId),
      at: ctx.now,
    },
  });
  return { name: supervisor.name, certificateNo: supervisor.certificateNo };
});

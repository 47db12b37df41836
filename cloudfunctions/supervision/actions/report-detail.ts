import { reportDetail } from '../../../types/supervision/reports';
import type { ReportDoc, ReporterLinkDoc, ReportPhotoDoc } from '../../../types/supervision/report-model';
import { AppError } from '../../../types/common/errors';
import { can } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { staffIdIn } from '../bodies/body';
import { stageLabels } from '../bodies/stages';
import { photoUrls } from '../photos/store-photo';
import { reportView } from '../reports/views';

/** One report with its photos' temp URLs: for the office that handles it and for the reporter. */
export default defineAction(reportDetail, async ({ reportId }, ctx) => {
  const me = await ctx.caller();
  const report = await ctx.read.byId<ReportDoc>('supervisionReports', reportId);
  if (!report) throw new AppError('NOT_FOUND', '没有找到该反映', 'reportId');
  const isOffice = can(me, 'report:handle', { orgPath: report.bodyPath });
  // The reporter is known only from the separate link (the report itself never names them).
  const link = isOffice ? null : await ctx.read.byId<ReporterLinkDoc>('reportReporters', report._id);
  await ctx.authorize('report:view', { orgPath: report.bodyPath, ownerIds: [link?.openid] });
  const photos = report.photoIds.length
    ? await ctx.read.many<ReportPhotoDoc>(
        'reportPhotos',
        { _id: ctx._.in(report.photoIds) },
        { limit: report.photoIds.length },
      )
    : [];
  const labels = await stageLabels(ctx, [report.stageId]);
  const view = reportView(report, labels, isOffice ? staffIdIn(me, report.bodyId) : undefined);
  return {
    ...view,
    photoUrls: await photoUrls(
      ctx,
      photos.map((p) => p.fileID),
    ),
  };
});

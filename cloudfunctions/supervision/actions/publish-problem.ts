import { publishProblem } from '../../../types/supervision/reports';
import type { ReportDoc } from '../../../types/supervision/report-model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { stageLabels } from '../bodies/stages';
import { officeReport } from '../reports/office-report';
import { reportView } from '../reports/views';

/** Puts an answered report on the public problem list (问题清单), in the office's own words. */
export default defineAction(publishProblem, async ({ reportId, summary, measures }, ctx) => {
  const { report, staffId } = await officeReport(ctx, reportId);
  const updated = await inTransaction(ctx.db, async (tx) => {
    const current = await txGet<ReportDoc>(tx, 'supervisionReports', report._id);
    if (!current || (current.status !== 'answered' && current.status !== 'closed')) {
      throw new AppError('PRECONDITION_FAILED', '答复后才能公布到问题清单');
    }
    const change: Partial<ReportDoc> = {
      publication: { summary, measures, publishedAt: current.publishedAt ?? ctx.now },
      listing: 'public',
      publishedAt: current.publishedAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    await tx.collection('supervisionReports').doc(report._id).update({ data: change });
    return { ...current, ...change } as ReportDoc;
  });
  return reportView(updated, await stageLabels(ctx, [updated.stageId]), staffId);
});

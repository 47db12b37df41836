import { handleReport } from '../../../types/supervision/reports';
import type { ReportDoc, ReportStatus } from '../../../types/supervision/report-model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { stageLabels } from '../bodies/stages';
import { notifyReporter } from '../reports/notify-reporter';
import { officeReport } from '../reports/office-report';
import { reportView } from '../reports/views';

const STEPS: Record<
  'accept' | 'answer' | 'close',
  { from: ReportStatus[]; to: ReportStatus; refused: string; note: string }
> = {
  accept: { from: ['received'], to: 'handling', refused: '该反映已在处理中', note: '征兵办已受理，正在核查' },
  answer: { from: ['received', 'handling'], to: 'answered', refused: '该反映已答复', note: '' },
  close: { from: ['answered'], to: 'closed', refused: '答复后才能办结', note: '已办结' },
};

/** The office moves a report on: 受理 → 答复 (the reporter is told) → 办结. */
export default defineAction(handleReport, async ({ reportId, step, note }, ctx) => {
  const { report, staffId } = await officeReport(ctx, reportId);
  const rule = STEPS[step];
  const updated = await inTransaction(ctx.db, async (tx) => {
    const current = await txGet<ReportDoc>(tx, 'supervisionReports', report._id);
    if (!current || !rule.from.includes(current.status)) throw new AppError('PRECONDITION_FAILED', rule.refused);
    const change: Partial<ReportDoc> = {
      status: rule.to,
      steps: [...current.steps, { status: rule.to, at: ctx.now, note: note || rule.note }],
      updatedAt: ctx.now,
      ...(step === 'answer' ? { answer: note } : {}),
      ...(current.assigneeStaffId ? {} : { assigneeStaffId: staffId }),
    };
    await tx.collection('supervisionReports').doc(report._id).update({ data: change });
    return { ...current, ...change } as ReportDoc;
  });
  if (step === 'answer') await notifyReporter(ctx, updated);
  return reportView(updated, await stageLabels(ctx, [updated.stageId]), staffId);
});

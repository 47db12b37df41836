import { exportReports } from '../../../types/supervision/reports';
import { REPORT_STATUS_LABELS, REPORT_TYPE_LABELS, type ReportDoc } from '../../../types/supervision/report-model';
import { shanghaiDay, shanghaiMinute } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { exportSheet } from '../../_kernel/export-sheet';
import { bodyFor } from '../bodies/body';
import { stageLabels } from '../bodies/stages';

const COLUMNS = [
  { header: '编号', width: 16 },
  { header: '阶段', width: 14 },
  { header: '地点', width: 20 },
  { header: '类型', width: 14 },
  { header: '问题描述', width: 40 },
  { header: '发现时间', width: 18 },
  { header: '提交时间', width: 18 },
  { header: '状态', width: 8 },
  { header: '答复', width: 40 },
  { header: '是否公布', width: 8 },
];

/**
 * The office's reports as an .xlsx (exportSheet: stored privately, a ten-minute link); like every answer
 * about reports, it has no reporter column. A supervisor's text is written as text, never as a formula.
 */
export default defineAction(exportReports, async (_input, ctx) => {
  const { bodyId } = await bodyFor(ctx, 'report:handle');
  const reports = await ctx.read.many<ReportDoc>(
    'supervisionReports',
    { bodyId },
    { limit: 1000, orderBy: [['filedAt', 'desc']] },
  );
  const labels = await stageLabels(
    ctx,
    reports.map((r) => r.stageId),
  );
  const sheet = exportSheet('监督员反映问题', COLUMNS);
  for (const r of reports)
    sheet.add([
      r.refNo,
      labels.get(r.stageId) ?? '',
      r.place,
      r.type === 'prohibition' && r.prohibitionNo
        ? `${REPORT_TYPE_LABELS[r.type]}第${r.prohibitionNo}条`
        : REPORT_TYPE_LABELS[r.type],
      r.description,
      shanghaiMinute(r.observedAt),
      shanghaiMinute(r.filedAt),
      REPORT_STATUS_LABELS[r.status],
      r.answer,
      r.listing === 'public' ? '是' : '否',
    ]);
  const file = await sheet.finish(ctx, `监督员反映问题_${shanghaiDay(ctx.now)}.xlsx`);
  return { ...file, count: reports.length };
});

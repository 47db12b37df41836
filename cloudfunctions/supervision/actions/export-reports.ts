import { exportReports } from '../../../types/supervision/reports';
import { REPORT_STATUS_LABELS, REPORT_TYPE_LABELS, type ReportDoc } from '../../../types/supervision/report-model';
import { shanghaiDay, shanghaiMinute } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { csvCell } from '../../_domain/csv-cell';
import { bodyFor } from '../bodies/body';
import { stageLabels } from '../bodies/stages';

const HEADER = ['编号', '阶段', '地点', '类型', '问题描述', '发现时间', '提交时间', '状态', '答复', '是否公布'];

/** The office's reports as CSV for Excel; like every answer about reports, it has no reporter column. */
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
  const rows = reports.map((r) => [
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
  const csv = `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  return { filename: `监督员反映问题-${shanghaiDay(ctx.now)}.csv`, csv };
});

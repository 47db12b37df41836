import { dashboardExport } from '../../../types/dashboard/overview';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { nodeFor } from '../../_domain/jurisdiction';
import { newId } from '../../_kernel/ids';
import { figuresOf, periodOf } from '../lib/figures';
import { workbookOf } from '../lib/workbook';

/** One table as .xlsx in storage, handed back as a short-lived link (only to whom may see the figures). */
export default defineAction(dashboardExport, async ({ table, orgId, from, to }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'dashboard:view');
  const period = periodOf(ctx.now, from, to);
  const data = await figuresOf(ctx, node, period);
  const fileName = `${node.name}${table === 'children' ? '分区统计' : '分月统计'}_${period.from}至${period.to}.xlsx`;
  const cloudPath = `exports/${newId()}.xlsx`;
  const up = (await ctx.sdk.uploadFile({ cloudPath, fileContent: await workbookOf(data, table) })) as {
    fileID: string;
  };
  const res = (await ctx.sdk.getTempFileURL({ fileList: [{ fileID: up.fileID, maxAge: 600 }] })) as {
    fileList: { tempFileURL?: string }[];
  };
  const url = res.fileList[0]?.tempFileURL;
  if (!url) throw new AppError('INTERNAL', '导出失败，请稍后再试');
  return { url, fileName };
});

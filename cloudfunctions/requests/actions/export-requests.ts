import ExcelJS from 'exceljs';
import { exportRequests } from '../../../types/requests/inbox';
import { LEVEL_LABELS, RATING_LABELS, STATUS_LABELS, type RequestDoc } from '../../../types/requests/model';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { orgName, orgsById } from '../../_domain/orgs';
import { tempUrls } from '../../_kernel/uploads';
import { staffNode } from '../workflow/jurisdiction';
import { pathKey } from '../../_domain/jurisdiction';
import { shanghaiMinute } from '../../../types/common/shanghai-time';
import { SUMMARY_FIELDS } from '../workflow/views';

/** The most rows one export holds; a district narrows by state when it has more. */
export const EXPORT_LIMIT = 20_000;
const PAGE = 1000;

/** The requests under a node as an .xlsx ledger, stored privately and handed out by a temp URL. */
export default defineAction(exportRequests, async ({ orgId, state }, ctx) => {
  const node = await staffNode(ctx, orgId, 'request:oversee');
  await ctx.authorize('request:oversee', { orgPath: node.path });
  const where: Record<string, unknown> = { [pathKey(node)]: node._id };
  if (state !== 'all') where.active = state === 'open' ? 1 : 0;
  const docs: RequestDoc[] = [];
  for (let skip = 0; skip < EXPORT_LIMIT; skip += PAGE) {
    const page = await ctx.read.many<RequestDoc>('requests', where, {
      // _id breaks ties: requests made in the same instant would otherwise shift between pages.
      orderBy: [
        ['createdAt', 'desc'],
        ['_id', 'desc'],
      ],
      skip,
      limit: PAGE,
      fields: SUMMARY_FIELDS,
    });
    docs.push(...page);
    if (page.length < PAGE) break;
  }
  const orgs = await orgsById(ctx.db, ctx.read, [...new Set(docs.flatMap((d) => d.orgPath))]);

  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('诉求台账');
  sheet.columns = [
    { header: '诉求编号', key: 'refNo', width: 20 },
    { header: '类别', key: 'category', width: 10 },
    { header: '紧急', key: 'urgent', width: 6 },
    { header: '状态', key: 'status', width: 8 },
    { header: '办理层级', key: 'level', width: 16 },
    { header: '镇街', key: 'street', width: 12 },
    { header: '社区', key: 'community', width: 12 },
    { header: '网格', key: 'grid', width: 12 },
    { header: '退役军人', key: 'veteran', width: 10 },
    { header: '诉求内容', key: 'description', width: 40 },
    { header: '提交时间', key: 'createdAt', width: 18 },
    { header: '当前期限', key: 'dueAt', width: 18 },
    { header: '超期', key: 'overdue', width: 6 },
    { header: '历史遗留', key: 'legacy', width: 8 },
    { header: '答复时间', key: 'answeredAt', width: 18 },
    { header: '评价', key: 'rating', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const d of docs) {
    sheet.addRow({
      refNo: d.refNo,
      category: d.category,
      urgent: d.urgency === 'urgent' ? '是' : '',
      status: STATUS_LABELS[d.status],
      level: LEVEL_LABELS[d.level],
      street: orgName(orgs, d.orgPath[1]),
      community: orgName(orgs, d.orgPath[2]),
      grid: orgName(orgs, d.orgPath[3]),
      veteran: d.veteranName,
      description: d.description,
      createdAt: shanghaiMinute(d.createdAt),
      dueAt: d.dueAt ? shanghaiMinute(d.dueAt) : '',
      overdue: d.overdue ? '是' : '',
      legacy: d.legacy ? '是' : '',
      answeredAt: d.answeredAt ? shanghaiMinute(d.answeredAt) : '',
      rating: d.rating ? RATING_LABELS[d.rating] : '',
    });
  }
  const content = Buffer.from(await book.xlsx.writeBuffer());
  // No account in the path: fileIDs and links show it (issue 13 item 3); the random id keeps it unguessable.
  const cloudPath = `exports/requests/${node._id}/${newId()}.xlsx`;
  const { fileID } = (await ctx.sdk.uploadFile({ cloudPath, fileContent: content })) as { fileID: string };
  const url = (await tempUrls(ctx, [fileID])).get(fileID) ?? '';
  return { url, fileID, count: docs.length };
});

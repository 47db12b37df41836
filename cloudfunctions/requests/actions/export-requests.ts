import { exportRequests } from '../../../types/requests/inbox';
import { LEVEL_LABELS, RATING_LABELS, STATUS_LABELS, type RequestDoc } from '../../../types/requests/model';
import { defineAction } from '../../_kernel/action';
import { exportSheet } from '../../_kernel/export-sheet';
import { orgName, orgsById } from '../../_domain/orgs';
import { nodeFor, pathKey } from '../../_domain/jurisdiction';
import { shanghaiDay, shanghaiMinute } from '../../../types/common/shanghai-time';
import { SUMMARY_FIELDS } from '../workflow/views';

/** The most rows one export holds; a district narrows by state when it has more. */
export const EXPORT_LIMIT = 20_000;
const PAGE = 1000;
const COLUMNS = [
  { header: '诉求编号', width: 20 },
  { header: '类别', width: 10 },
  { header: '紧急', width: 6 },
  { header: '状态', width: 8 },
  { header: '办理层级', width: 16 },
  { header: '镇街', width: 12 },
  { header: '社区', width: 12 },
  { header: '网格', width: 12 },
  { header: '退役军人', width: 10 },
  { header: '诉求内容', width: 40 },
  { header: '提交时间', width: 18 },
  { header: '当前期限', width: 18 },
  { header: '超期', width: 6 },
  { header: '历史遗留', width: 8 },
  { header: '答复时间', width: 18 },
  { header: '评价', width: 8 },
];

/** The requests under a node as an .xlsx ledger, stored privately and handed out by a temp URL. */
export default defineAction(exportRequests, async ({ orgId, state }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'request:oversee');
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
  const orgs = await orgsById(ctx.db, ctx.read, [...new Set([node._id, ...docs.flatMap((d) => d.orgPath)])]);

  const sheet = exportSheet('诉求台账', COLUMNS);
  for (const d of docs) {
    sheet.add([
      d.refNo,
      d.category,
      d.urgency === 'urgent' ? '是' : '',
      STATUS_LABELS[d.status],
      LEVEL_LABELS[d.level],
      orgName(orgs, d.orgPath[1]),
      orgName(orgs, d.orgPath[2]),
      orgName(orgs, d.orgPath[3]),
      d.veteranName,
      d.description,
      shanghaiMinute(d.createdAt),
      d.dueAt ? shanghaiMinute(d.dueAt) : '',
      d.overdue ? '是' : '',
      d.legacy ? '是' : '',
      d.answeredAt ? shanghaiMinute(d.answeredAt) : '',
      d.rating ? RATING_LABELS[d.rating] : '',
    ]);
  }
  const file = await sheet.finish(ctx, `${orgName(orgs, node._id)}诉求台账_${shanghaiDay(ctx.now)}.xlsx`);
  return { ...file, count: docs.length };
});

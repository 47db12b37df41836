import { exportVolunteers } from '../../../types/activities/volunteer-list';
import type { VolunteerDoc } from '../../../types/activities/volunteers';
import { shanghaiDay } from '../../../types/common/shanghai-time';
import { GENDER_LABELS } from '../../../types/veteran/fields';
import { defineAction } from '../../_kernel/action';
import { exportSheet } from '../../_kernel/export-sheet';
import { writeAudit } from '../../_domain/dossier/audit';
import { orgsById } from '../../_domain/orgs';
import { placeNode } from '../lib/load';
import { volunteerFacts, volunteersUnder } from '../volunteers/facts';
import { volunteerRow } from '../volunteers/row';

const PAGE = 500;

/**
 * The columns of the national volunteer service system's batch import of volunteers (全国志愿服务信息系统,
 * 志愿者批量导入), then what this app recorded: hours, services, training and awards.
 */
const COLUMNS = [
  { header: '姓名', width: 10 },
  { header: '证件类型', width: 12 },
  { header: '证件号码', width: 22 },
  { header: '性别', width: 6 },
  { header: '手机号码', width: 14 },
  { header: '服务区域', width: 24 },
  { header: '居住地', width: 28 },
  { header: '志愿服务类别（特长）', width: 24 },
  { header: '可服务时间', width: 24 },
  { header: '注册日期', width: 12 },
  { header: '累计服务时长（小时）', width: 12 },
  { header: '服务次数', width: 10 },
  { header: '参加培训（次）', width: 10 },
  { header: '表彰奖励（次）', width: 10 },
];

/** A node's volunteers as .xlsx (types/activities/volunteer-list.ts): masked, or in full with a reason. */
export default defineAction(exportVolunteers, async ({ orgId, full, reason }, ctx) => {
  const node = await placeNode(ctx, orgId, 'orgId');
  const me = await ctx.authorize(full ? 'ledger:full' : 'activity:organise', { orgPath: node.path });
  const pii = full ? ctx.pii() : null;
  const sheet = exportSheet('志愿者', COLUMNS);
  const where = volunteersUnder(node);
  for (let skip = 0; ; skip += PAGE) {
    const vols = await ctx.read.many<VolunteerDoc>('volunteers', where, {
      orderBy: [['registeredAt', 'desc']],
      skip,
      limit: PAGE,
    });
    const facts = await volunteerFacts(ctx, vols);
    const orgs = await orgsById(ctx.db, ctx.read, [...new Set(vols.flatMap((v) => v.orgPath))]);
    for (const v of vols) {
      const file = facts.files.get(v.veteranId);
      const row = volunteerRow(v, facts, orgs);
      const honours = facts.honours.get(v.veteranId) ?? { training: 0, awards: 0 };
      const open = (sealed: string | null | undefined, masked: string) =>
        pii && sealed ? pii.decrypt(sealed) : masked;
      sheet.add([
        row.name,
        '居民身份证',
        open(file?.idEnc, file?.idMasked ?? ''),
        file ? GENDER_LABELS[file.gender] : '',
        open(file?.phoneEnc, row.phoneMasked),
        row.areaName,
        row.place,
        row.skills.join('、'),
        row.availability.join('、'),
        row.registeredAt,
        row.hours,
        row.services,
        honours.training,
        honours.awards,
      ]);
    }
    if (vols.length < PAGE) break;
  }
  const file = await sheet.finish(ctx, `${node.name}志愿者名册${full ? '（完整）' : ''}_${shanghaiDay(ctx.now)}.xlsx`);
  await writeAudit(ctx.db, me, {
    kind: 'export',
    targetId: node._id,
    orgPath: node.path,
    field: full ? 'volunteers-full' : 'volunteers',
    reason,
    at: ctx.now,
    rows: sheet.rows,
  });
  return { ...file, rows: sheet.rows, masked: !full };
});

import { fileViewers } from '../../../types/profile/queries';
import { FILE_FIELDS, type FileField } from '../../../types/veteran/fields';
import type { AuditDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { ownFile } from '../../_domain/dossier/actor';
import { loadFile } from '../../_domain/dossier/load-file';

function what(entry: AuditDoc): string {
  if (entry.kind === 'reveal') return `查看了完整的${FILE_FIELDS[entry.field as FileField]?.label ?? entry.field}`;
  if (entry.kind === 'view') return '查看了档案';
  if (entry.kind === 'id_conflict') return '试图将您的身份证号登记到另一份档案（已拒绝）';
  return entry.kind === 'export' ? '导出台账' : '导入台账';
}

/** 谁查看了我的档案: each staff view, each reveal of a full number and each export of the area, with the reason. */
export default defineAction(fileViewers, async ({ forVeteranId }, ctx) => {
  const { veteranId } = ownFile(await ctx.caller(), forVeteranId);
  const file = await loadFile(ctx.read, veteranId);
  // Views and reveals name the file; an export names the area it covered, the file's grid or one above it.
  const entries = await ctx.read.many<AuditDoc>(
    'audit',
    { targetId: ctx._.in([veteranId, ...file.orgPath]) },
    { orderBy: [['at', 'desc']], limit: 100 },
  );
  return {
    items: entries
      .filter((e) => e.kind !== 'import')
      .map((e) => ({
        at: e.at.toISOString(),
        who: e.actor.role ? `${e.actor.name}（${e.actor.role}）` : e.actor.name,
        what: what(e),
        reason: e.reason,
      })),
  };
});

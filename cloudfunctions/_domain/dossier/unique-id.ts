import { can } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';
import { writeAudit } from './audit';

/**
 * An ID number belongs to one file (the `id_hash` index is unique). A change that would give `file` an ID
 * number another file holds is refused with CONFLICT before anything is written to either file. The other
 * file's grid is named only to staff who may keep that grid; everyone else learns only that it is taken.
 * The refusal is audited against the other file (its owner sees the attempt), the one write it makes.
 */
export async function assertIdNumberFree(
  ctx: ActionContext,
  me: Caller,
  file: VeteranDoc,
  update: Record<string, unknown>,
  field: string,
): Promise<void> {
  const idHash = update.idHash;
  if (typeof idHash !== 'string' || !idHash) return;
  const other = await ctx.read.one<VeteranDoc>('veterans', { idHash, _id: ctx._.neq(file._id) });
  if (!other) return;
  let message = '该身份证号已属于另一份档案，请核对后再填写';
  if (can(me, 'file:keep', other)) {
    const grid = await ctx.read.byId<OrgDoc>('orgs', other.gridId);
    message = `该身份证号已属于${grid?.name ?? '另一网格'}的档案（${other.name}），请核对后再填写`;
  }
  await writeAudit(ctx.db, me, {
    kind: 'id_conflict',
    targetId: other._id,
    orgPath: other.orgPath,
    field: 'idNumber',
    reason: `拒绝将该身份证号登记到另一份档案（${file._id}）`,
    at: ctx.now,
  });
  throw new AppError('CONFLICT', message, field);
}

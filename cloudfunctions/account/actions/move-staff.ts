import { moveStaff } from '../../../types/account/staff';
import type { StaffDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { assertNoConflictingSeat, recordGrant } from '../staff/grants';
import { handOver } from '../staff/handover';
import { assertRoleFitsOrg } from '../staff/placement';
import { loadSuccessor } from '../staff/successor';

/** Moves a staff member to another node (same role); their open work at the old node goes to the successor. */
export default defineAction(moveStaff, async ({ staffId, toOrgId, successorId }, ctx) => {
  const gone = new AppError('NOT_FOUND', '该工作人员不存在或已移除', 'staffId');
  const { thing: staff } = await ctx.authorizeFound(
    'staff:manage',
    await ctx.read.byId<StaffDoc>('staff', staffId),
    gone,
  );
  const { me, thing: target } = await ctx.authorizeFound(
    'staff:manage',
    await ctx.read.byId<OrgDoc>('orgs', toOrgId),
    new AppError('NOT_FOUND', '目标单位不存在', 'toOrgId'),
    (o) => ({ orgPath: o.path }),
  );
  if (staff.status !== 'active') throw gone;
  if (target._id === staff.orgId) throw new AppError('INVALID_INPUT', '目标单位与现单位相同', 'toOrgId');
  assertRoleFitsOrg(staff.role, target);
  if (staff.openid) await assertNoConflictingSeat(ctx.read, staff.openid, target.path, staff._id);
  await loadSuccessor(ctx, staff, successorId);
  const handedOver = await handOver(ctx.db, staffId, successorId);
  await ctx.db
    .collection('staff')
    .doc(staffId)
    .update({ data: { orgId: target._id, orgPath: target.path, updatedAt: ctx.now } });
  await recordGrant(ctx.db, { kind: 'moved', staff, orgPath: target.path, actor: me, at: ctx.now });
  return { handedOver };
});

import { moveStaff } from '../../../types/account/staff';
import type { StaffDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { staffBooking } from '../../../types/activities/monthly';
import { bookActivityMonthly, replaceBooking } from '../../_domain/rollups/activity-monthly';
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
  const res = (await ctx.db
    .collection('staff')
    .where({ _id: staffId, status: 'active', orgId: staff.orgId })
    .update({ data: { orgId: target._id, orgPath: ctx._.set(target.path), updatedAt: ctx.now } })) as {
    stats: { updated: number };
  };
  if (!res.stats.updated) throw new AppError('CONFLICT', '该工作人员刚刚被更改，请刷新后再试');
  await bookActivityMonthly(
    ctx,
    ...replaceBooking(staffBooking(staff), staffBooking({ ...staff, orgPath: target.path })),
  );
  await recordGrant(ctx.db, { kind: 'moved', staff, orgPath: target.path, actor: me, at: ctx.now });
  return { handedOver };
});

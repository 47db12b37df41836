import { removeStaff } from '../../../types/account/staff';
import type { StaffDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { recordGrant } from '../staff/grants';
import { handOver } from '../staff/handover';
import { loadSuccessor } from '../staff/successor';

/** Removes a staff member (their record stays, marked removed) and hands their open work to the successor. */
export default defineAction(removeStaff, async ({ staffId, successorId }, ctx) => {
  const gone = new AppError('NOT_FOUND', '该工作人员不存在或已移除', 'staffId');
  const { me, thing: staff } = await ctx.authorizeFound(
    'staff:manage',
    await ctx.read.byId<StaffDoc>('staff', staffId),
    gone,
  );
  if (staff.status !== 'active') throw gone;
  await loadSuccessor(ctx, staff, successorId);
  const handedOver = await handOver(ctx.db, staffId, successorId);
  await ctx.db
    .collection('staff')
    .doc(staffId)
    .update({ data: { status: 'removed', successorId, updatedAt: ctx.now } });
  await recordGrant(ctx.db, { kind: 'removed', staff, actor: me, at: ctx.now });
  return { handedOver };
});

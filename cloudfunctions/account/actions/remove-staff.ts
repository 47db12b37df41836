import { removeStaff } from '../../../types/account/staff';
import type { StaffDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { staffBooking } from '../../../types/activities/monthly';
import { bookActivityMonthly, replaceBooking } from '../../_domain/rollups/activity-monthly';
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
  const res = (await ctx.db
    .collection('staff')
    .where({ _id: staffId, status: 'active' })
    .update({ data: { status: 'removed', successorId, updatedAt: ctx.now } })) as { stats: { updated: number } };
  if (!res.stats.updated) throw new AppError('CONFLICT', '该工作人员刚刚被更改，请刷新后再试');
  await bookActivityMonthly(ctx, ...replaceBooking(staffBooking(staff), null));
  await recordGrant(ctx.db, { kind: 'removed', staff, actor: me, at: ctx.now });
  return { handedOver };
});

import { markStaff } from '../../../types/account/staff';
import type { StaffDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { staffBooking } from '../../../types/activities/monthly';
import { bookActivityMonthly, replaceBooking } from '../../_domain/rollups/activity-monthly';

/**
 * Records whether a staff member is a veteran (the district counts its 退役军人网格员) and a party member:
 * an admin of a node above them, as for every other change of a staff seat.
 */
export default defineAction(markStaff, async ({ staffId, isVeteran, partyMember }, ctx) => {
  const staff = await ctx.read.byId<StaffDoc>('staff', staffId);
  if (!staff || staff.status !== 'active') throw new AppError('NOT_FOUND', '该工作人员不存在或已移除', 'staffId');
  await ctx.authorize('staff:manage', staff);
  // Changed only from what was read, so the change of the 退役军人网格员 count below is booked once.
  const res = (await ctx.db
    .collection('staff')
    .where({ _id: staffId, status: 'active', isVeteran: staff.isVeteran })
    .update({ data: { isVeteran, partyMember, updatedAt: ctx.now } })) as { stats: { updated: number } };
  if (!res.stats.updated) throw new AppError('CONFLICT', '该工作人员刚刚被更改，请刷新后再试');
  await bookActivityMonthly(ctx, ...replaceBooking(staffBooking(staff), staffBooking({ ...staff, isVeteran })));
  return { isVeteran, partyMember };
});

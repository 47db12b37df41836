import { markStaff } from '../../../types/account/staff';
import type { StaffDoc } from '../../../types/account/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';

/**
 * Records whether a staff member is a veteran (the district counts its 退役军人网格员) and a party member:
 * an admin of a node above them, as for every other change of a staff seat.
 */
export default defineAction(markStaff, async ({ staffId, isVeteran, partyMember }, ctx) => {
  const staff = await ctx.read.byId<StaffDoc>('staff', staffId);
  if (!staff || staff.status !== 'active') throw new AppError('NOT_FOUND', '该工作人员不存在或已移除', 'staffId');
  await ctx.authorize('staff:manage', staff);
  await ctx.db
    .collection('staff')
    .doc(staffId)
    .update({ data: { isVeteran, partyMember, updatedAt: ctx.now } });
  return { isVeteran, partyMember };
});

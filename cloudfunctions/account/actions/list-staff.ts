import { listStaff } from '../../../types/account/staff';
import type { StaffDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { ROLE_LABELS } from '../../../types/auth/roles';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';

/** The staff of one org node (not of the nodes below it). */
export default defineAction(listStaff, async ({ orgId, includeRemoved }, ctx) => {
  const { thing: org } = await ctx.authorizeFound(
    'staff:list',
    await ctx.read.byId<OrgDoc>('orgs', orgId),
    new AppError('NOT_FOUND', '单位不存在', 'orgId'),
    (o) => ({ orgPath: o.path }),
  );
  const where = includeRemoved ? { orgId } : { orgId, status: 'active' };
  const staff = await ctx.read.many<StaffDoc>('staff', where, {
    limit: 200,
    orderBy: [
      ['role', 'asc'],
      ['name', 'asc'],
    ],
  });
  return {
    items: staff.map((s) => ({
      id: s._id,
      name: s.name,
      workPhone: s.workPhone,
      role: s.role,
      roleLabel: ROLE_LABELS[s.role],
      orgId: s.orgId,
      orgName: org.name,
      isAdmin: s.isAdmin,
      bound: Boolean(s.openid),
      status: s.status,
      isVeteran: s.isVeteran,
      partyMember: s.partyMember ?? false,
    })),
  };
});

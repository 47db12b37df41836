import { issueInvitation } from '../../../types/account/staff';
import type { InvitationDoc, StaffDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newCode, newId } from '../../_kernel/ids';
import { inTransaction } from '../../_kernel/transaction';
import { assertRoleFitsOrg } from '../staff/placement';

const VALID_DAYS = 7;

/** An admin of a higher node creates the staff record and a one-time code that binds its WeChat account. */
export default defineAction(issueInvitation, async (input, ctx) => {
  const { db, read, now } = ctx;
  const org = await read.byId<OrgDoc>('orgs', input.orgId);
  if (!org) throw new AppError('NOT_FOUND', '单位不存在', 'orgId');
  const me = await ctx.authorize('staff:manage', { orgPath: org.path });
  assertRoleFitsOrg(input.role, org);
  const issuer = me.roles.find((r) => r.isAdmin && org.path.includes(r.orgId))?.staffId ?? me.openid;
  const staffId = newId();
  const code = newCode(8);
  const expiresAt = new Date(now.getTime() + VALID_DAYS * 86400_000);
  const staff: Omit<StaffDoc, '_id'> = {
    name: input.name,
    workPhone: input.workPhone,
    role: input.role,
    orgId: org._id,
    orgPath: org.path,
    isAdmin: input.isAdmin,
    isVeteran: false,
    openid: null,
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
  const invitation: Omit<InvitationDoc, '_id'> = {
    staffId,
    orgId: org._id,
    orgPath: org.path,
    role: input.role,
    issuedBy: issuer,
    createdAt: now,
    expiresAt,
    usedBy: null,
    usedAt: null,
  };
  await inTransaction(db, async (tx) => {
    await tx.collection('staff').doc(staffId).set({ data: staff });
    await tx.collection('invitations').doc(code).set({ data: invitation });
  });
  return { code, staffId, expiresAt: expiresAt.toISOString() };
});

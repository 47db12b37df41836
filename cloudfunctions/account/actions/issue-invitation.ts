import { issueInvitation } from '../../../types/account/staff';
import type { InvitationDoc, StaffDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { needsSecondApproval } from '../../../types/auth/grants';
import { AppError } from '../../../types/common/errors';
import { staffBooking } from '../../../types/activities/monthly';
import { bookActivityMonthly } from '../../_domain/rollups/activity-monthly';
import { defineAction } from '../../_kernel/action';
import { newCode, newId } from '../../_kernel/ids';
import { inTransaction } from '../../_kernel/transaction';
import { assertRankAllows, otherDistrictAdmins, recordGrant, seatOver } from '../staff/grants';
import { assertRoleFitsOrg } from '../staff/placement';

const VALID_DAYS = 7;

/**
 * An admin of a higher node creates the staff record and a one-time code that binds its WeChat account.
 * A seat at the district itself is granted by a district admin; seats that unmask or approve across
 * bodies wait for a second district admin (approveInvitation) before the code works.
 */
export default defineAction(issueInvitation, async (input, ctx) => {
  const { db, read, now } = ctx;
  const found = await read.byId<OrgDoc>('orgs', input.orgId);
  const { me, thing: org } = await ctx.authorizeFound(
    found?.kind === 'district' ? 'staff:approve' : 'staff:manage',
    found,
    new AppError('NOT_FOUND', '单位不存在', 'orgId'),
    (o) => ({ orgPath: o.path }),
  );
  assertRoleFitsOrg(input.role, org);
  assertRankAllows(me, org.path, input.role);
  const issuer = seatOver(me, org.path);
  const pendingApproval = needsSecondApproval(input.role);
  const others = pendingApproval ? await otherDistrictAdmins(read, org.path[0], me.openid) : [];
  const staffId = newId();
  const code = newCode(8);
  const expiresAt = new Date(now.getTime() + VALID_DAYS * 86400_000);
  const staff: StaffDoc = {
    _id: staffId,
    name: input.name,
    workPhone: input.workPhone,
    role: input.role,
    orgId: org._id,
    orgPath: org.path,
    isAdmin: input.isAdmin,
    isVeteran: input.isVeteran,
    partyMember: input.partyMember,
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
    issuedBy: issuer?._id ?? me.openid,
    issuedByOpenid: me.openid,
    ...(pendingApproval ? { approval: { status: 'pending' as const, by: null, byName: '', at: null } } : {}),
    createdAt: now,
    expiresAt,
    usedBy: null,
    usedAt: null,
  };
  const { _id, ...staffData } = staff;
  await inTransaction(db, async (tx) => {
    await tx.collection('staff').doc(staffId).set({ data: staffData });
    await tx.collection('invitations').doc(code).set({ data: invitation });
    await recordGrant(tx, { kind: 'invited', staff, actor: me, at: now });
  });
  await bookActivityMonthly(ctx, staffBooking(staff));
  return { code, staffId, expiresAt: expiresAt.toISOString(), pendingApproval, otherAdmins: others.length };
});

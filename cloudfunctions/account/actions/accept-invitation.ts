import { acceptInvitation } from '../../../types/account/staff';
import type { AccountDoc, InvitationDoc, StaffDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { ensureAccount } from '../../_domain/accounts';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { needsSecondApproval, PENDING_APPROVAL_MESSAGE } from '../../../types/auth/grants';
import { bootstrapStaff, isBootstrapCode } from '../staff/bootstrap';
import { assertNoConflictingSeat, issuerOpenid, recordGrant } from '../staff/grants';

/**
 * Binds the caller's WeChat account to the staff record behind an invitation code. Nobody makes themselves
 * staff: not with their own invitation, not with one they approved, not into a second seat on the line
 * that approves their first, and not before a second district admin approved a seat that needs it.
 */
export default defineAction(acceptInvitation, async ({ code }, ctx) => {
  const { db, read, now } = ctx;
  const me = await ctx.caller();
  if (isBootstrapCode(code)) {
    const { staffId, staff, district } = await bootstrapStaff(ctx);
    await ensureAccount(db, me.openid, now);
    await inTransaction(db, async (tx) => {
      const account = await txGet<AccountDoc>(tx, 'accounts', me.openid);
      if (await txGet<StaffDoc>(tx, 'staff', staffId))
        throw new AppError('PRECONDITION_FAILED', '管理员已设置，请联系管理员获取邀请码');
      await tx.collection('staff').doc(staffId).set({ data: staff });
      await tx
        .collection('accounts')
        .doc(me.openid)
        .update({ data: { staffIds: [...(account?.staffIds ?? []), staffId] } });
    });
    return { staffId, role: staff.role, orgName: district.name };
  }
  const upper = code.toUpperCase();
  const invitation = await read.byId<InvitationDoc>('invitations', upper);
  if (!invitation) throw new AppError('NOT_FOUND', '邀请码不存在，请核对后重新输入', 'code');
  if (invitation.usedBy) throw new AppError('CONFLICT', '该邀请码已被使用', 'code');
  if (invitation.expiresAt.getTime() < now.getTime())
    throw new AppError('PRECONDITION_FAILED', '邀请码已过期，请联系上级管理员重新发放', 'code');
  if ((await issuerOpenid(read, invitation)) === me.openid || invitation.approval?.by === me.openid) {
    throw new AppError('CONFLICT_OF_INTEREST', '不能接受自己发出或批准的邀请', 'code');
  }
  if (needsSecondApproval(invitation.role) && invitation.approval?.status !== 'approved') {
    throw new AppError('PRECONDITION_FAILED', `${PENDING_APPROVAL_MESSAGE}，请稍后再试`, 'code');
  }
  await assertNoConflictingSeat(read, me.openid, invitation.orgPath, invitation.staffId);
  const org = await read.byId<OrgDoc>('orgs', invitation.orgId);
  await ensureAccount(db, me.openid, now);
  await inTransaction(db, async (tx) => {
    const current = await txGet<InvitationDoc>(tx, 'invitations', upper);
    const staff = await txGet<StaffDoc>(tx, 'staff', invitation.staffId);
    const account = await txGet<AccountDoc>(tx, 'accounts', me.openid);
    if (!current || current.usedBy) throw new AppError('CONFLICT', '该邀请码已被使用', 'code');
    if (!staff || staff.status !== 'active')
      throw new AppError('PRECONDITION_FAILED', '该岗位已撤销，请联系上级管理员', 'code');
    await tx
      .collection('invitations')
      .doc(upper)
      .update({ data: { usedBy: me.openid, usedAt: now } });
    await tx
      .collection('staff')
      .doc(staff._id)
      .update({ data: { openid: me.openid, updatedAt: now } });
    await tx
      .collection('accounts')
      .doc(me.openid)
      .update({ data: { staffIds: [...(account?.staffIds ?? []).filter((id) => id !== staff._id), staff._id] } });
    await recordGrant(tx, { kind: 'accepted', staff, actor: me, at: now });
  });
  return { staffId: invitation.staffId, role: invitation.role, orgName: org?.name ?? '' };
});

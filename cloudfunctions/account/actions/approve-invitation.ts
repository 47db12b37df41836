import { approveInvitation } from '../../../types/account/staff';
import type { InvitationDoc, StaffDoc } from '../../../types/account/model';
import { needsSecondApproval } from '../../../types/auth/grants';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { issuerOpenid, recordGrant, seatOver } from '../staff/grants';

/** A second district admin (never the issuer) approves a seat that unmasks or approves across bodies. */
export default defineAction(approveInvitation, async ({ staffId }, ctx) => {
  // Only district admins learn whether such a grant exists.
  const { me, thing: invitation } = await ctx.authorizeFound(
    'staff:approve',
    await ctx.read.one<InvitationDoc>('invitations', { staffId }),
    new AppError('NOT_FOUND', '没有找到该邀请', 'staffId'),
  );
  if (!needsSecondApproval(invitation.role) || invitation.approval?.status !== 'pending' || invitation.usedBy) {
    throw new AppError('PRECONDITION_FAILED', '该邀请不需要批准或已批准', 'staffId');
  }
  if ((await issuerOpenid(ctx.read, invitation)) === me.openid) {
    throw new AppError('CONFLICT_OF_INTEREST', '不能批准自己发出的邀请，须由另一位区管理员批准', 'staffId');
  }
  const seat = seatOver(me, invitation.orgPath);
  await inTransaction(ctx.db, async (tx) => {
    const current = await txGet<InvitationDoc>(tx, 'invitations', invitation._id);
    const staff = await txGet<StaffDoc>(tx, 'staff', staffId);
    if (!current || current.approval?.status !== 'pending' || !staff || staff.status !== 'active') {
      throw new AppError('PRECONDITION_FAILED', '该邀请不需要批准或已批准', 'staffId');
    }
    await tx
      .collection('invitations')
      .doc(invitation._id)
      .update({ data: { approval: { status: 'approved', by: me.openid, byName: seat?.name ?? '', at: ctx.now } } });
    await recordGrant(tx, { kind: 'approved', staff: { ...staff, _id: staffId }, actor: me, at: ctx.now });
  });
  return { staffId };
});

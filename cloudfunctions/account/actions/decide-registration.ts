import { decideRegistration } from '../../../types/account/registrations';
import type { AccountDoc, RegistrationDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { bindInTx } from '../registration/bind';
import { fileFromRegistration } from '../registration/new-file';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';

/**
 * The grid member confirms (binding the account to the matched file, or to a new file) or rejects with
 * a reason the person will read.
 */
export default defineAction(decideRegistration, async (input, ctx) => {
  const { db, read, now } = ctx;
  const reg = await read.byId<RegistrationDoc>('registrations', input.registrationId);
  if (!reg) throw new AppError('NOT_FOUND', '没有找到该登记', 'registrationId');
  const me = await ctx.authorize('registration:review', reg);
  const staffId = me.roles.find((r) => r.staffId && reg.orgPath.includes(r.orgId))?.staffId ?? me.openid;
  const decided = { decidedBy: staffId, decidedAt: now, note: input.note };
  const pii = ctx.pii();
  const newFileId = reg.candidateVeteranId ? null : newId();

  const result = await inTransaction(db, async (tx) => {
    const current = await txGet<RegistrationDoc>(tx, 'registrations', reg._id);
    if (current?.status !== 'pending') throw new AppError('PRECONDITION_FAILED', '该登记已处理，请刷新');
    if (input.decision === 'reject') {
      await tx
        .collection('registrations')
        .doc(reg._id)
        .update({ data: { status: 'rejected', ...decided } });
      return { status: 'rejected' as const, veteranId: null };
    }
    let veteranId = reg.candidateVeteranId;
    if (newFileId) {
      await tx
        .collection('veterans')
        .doc(newFileId)
        .set({ data: fileFromRegistration(reg, pii, staffId, now) });
      veteranId = newFileId;
    }
    const veteran = newFileId
      ? ({ ...fileFromRegistration(reg, pii, staffId, now), _id: newFileId } as VeteranDoc)
      : await txGet<VeteranDoc>(tx, 'veterans', veteranId as string);
    await bindInTx(tx, veteran, await txGet<AccountDoc>(tx, 'accounts', reg.openid), reg.openid, now);
    await tx
      .collection('registrations')
      .doc(reg._id)
      .update({ data: { status: 'approved', ...decided } });
    return { status: 'approved' as const, veteranId };
  });
  // A new file counts in its grid's filing rate.
  if (newFileId && result.status === 'approved') await refreshGridStats(ctx, [reg.gridId]);
  return result;
});

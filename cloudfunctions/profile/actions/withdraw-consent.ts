import { withdrawConsent } from '../../../types/profile/requests';
import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { changeEntry } from '../../_files/history';

/**
 * PIPL withdrawal: the account is unbound and the file marked. The ledger keeps the file (the district's
 * duty); the app no longer lets anyone act on it through the mini-program until the person registers again.
 */
export default defineAction(withdrawConsent, async (_input, ctx) => {
  const me = await ctx.caller();
  if (!me.veteran) throw new AppError('NOT_FOUND', '您的微信没有绑定档案');
  const veteranId = me.veteran._id;
  await inTransaction(ctx.db, async (tx) => {
    const file = await txGet<VeteranDoc>(tx, 'veterans', veteranId);
    if (!file || file.openid !== me.openid) throw new AppError('NOT_FOUND', '您的微信没有绑定档案');
    await tx.collection('veterans').doc(veteranId).update({
      data: { openid: null, boundAt: null, consentWithdrawnAt: ctx.now, updatedAt: ctx.now, version: file.version + 1 },
    });
    await tx.collection('accounts').doc(me.openid).update({ data: { veteranId: null } });
    const { _id, ...entry } = changeEntry(veteranId, { kind: 'veteran', id: me.openid, name: file.name }, 'withdrawConsent', [], ctx.now, {
      note: '本人撤回个人信息处理同意',
    });
    await tx.collection('fileChanges').doc(_id).set({ data: entry });
  });
  return { withdrawn: true as const };
});

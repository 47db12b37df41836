import { unbindAccount } from '../../../types/profile/requests';
import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { changeEntry } from '../../_files/history';

/** Unbind my WeChat account from my file; the file stays, and I rebind through my grid member. */
export default defineAction(unbindAccount, async (_input, ctx) => {
  const me = await ctx.caller();
  if (!me.veteran) throw new AppError('NOT_FOUND', '您的微信没有绑定档案');
  const veteranId = me.veteran._id;
  await inTransaction(ctx.db, async (tx) => {
    const file = await txGet<VeteranDoc>(tx, 'veterans', veteranId);
    if (!file || file.openid !== me.openid) throw new AppError('NOT_FOUND', '您的微信没有绑定档案');
    await tx.collection('veterans').doc(veteranId).update({ data: { openid: null, boundAt: null, updatedAt: ctx.now, version: file.version + 1 } });
    await tx.collection('accounts').doc(me.openid).update({ data: { veteranId: null } });
    const { _id, ...entry } = changeEntry(veteranId, { kind: 'veteran', id: me.openid, name: file.name }, 'unbind', [], ctx.now, { note: '本人解除微信绑定' });
    await tx.collection('fileChanges').doc(_id).set({ data: entry });
  });
  return { unbound: true as const };
});

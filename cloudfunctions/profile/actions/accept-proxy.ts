import { acceptProxy } from '../../../types/profile/requests';
import type { AccountDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ProxyCodeDoc } from '../../../types/veteran/records';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { ensureAccount } from '../../_domain/accounts';
import { inTransaction, txGet } from '../../_kernel/transaction';

/** A family member enters the grid member's code and may then act for the veteran (代办), recorded as such. */
export default defineAction(acceptProxy, async ({ code }, ctx) => {
  const { db, now } = ctx;
  const me = await ctx.caller();
  await ensureAccount(db, me.openid, now);
  return inTransaction(db, async (tx) => {
    const grant = await txGet<ProxyCodeDoc>(tx, 'proxyCodes', code);
    if (!grant) throw new AppError('NOT_FOUND', '代办码不正确，请向网格员核对', 'code');
    if (grant.usedBy || new Date(grant.expiresAt).getTime() < now.getTime())
      throw new AppError('PRECONDITION_FAILED', '代办码已使用或已过期，请向网格员重新申请', 'code');
    if (me.veteran?._id === grant.veteranId) throw new AppError('CONFLICT', '这是您本人的档案，无需代办', 'code');
    const file = await txGet<VeteranDoc>(tx, 'veterans', grant.veteranId);
    if (!file) throw new AppError('NOT_FOUND', '没有找到该档案', 'code');
    const account = await txGet<AccountDoc>(tx, 'accounts', me.openid);
    const proxyFor = [
      ...(account?.proxyFor ?? []).filter((p) => p.veteranId !== grant.veteranId),
      { veteranId: grant.veteranId, relation: grant.relation, since: now },
    ];
    await tx.collection('accounts').doc(me.openid).update({ data: { proxyFor } });
    await tx
      .collection('proxyCodes')
      .doc(code)
      .update({ data: { usedBy: me.openid, usedAt: now } });
    return { veteranId: grant.veteranId, name: file.name };
  });
});

import type { AccountDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import type { Tx } from '../../_kernel/transaction';

/**
 * Binds a WeChat account to a file inside a transaction: refused when the file or the account is already
 * bound, so one file never ends up with two accounts.
 */
export async function bindInTx(
  tx: Tx,
  veteran: VeteranDoc | null,
  account: AccountDoc | null,
  openid: string,
  now: Date,
): Promise<void> {
  if (!veteran) throw new AppError('NOT_FOUND', '没有找到对应的档案');
  if (veteran.openid && veteran.openid !== openid) {
    throw new AppError('CONFLICT', '该档案已绑定其他微信账号。如更换了微信，请联系网格员办理');
  }
  if (!account) throw new AppError('NOT_FOUND', '账号不存在，请重新进入小程序');
  if (account.veteranId && account.veteranId !== veteran._id) throw new AppError('CONFLICT', '您的微信已绑定其他档案');
  await tx
    .collection('veterans')
    .doc(veteran._id)
    .update({ data: { openid, boundAt: now, consentWithdrawnAt: null, updatedAt: now, version: veteran.version + 1 } });
  await tx
    .collection('accounts')
    .doc(openid)
    .update({ data: { veteranId: veteran._id } });
}

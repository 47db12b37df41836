import { withdrawConsent } from '../../../types/profile/requests';
import { defineAction } from '../../_kernel/action';
import { unbindOwnFile } from '../lib/unbind-own-file';

/**
 * PIPL withdrawal: the account is unbound and the file marked. The ledger keeps the file (the district's
 * duty); the app no longer lets anyone act on it through the mini-program until the person registers again.
 */
export default defineAction(withdrawConsent, async (_input, ctx) => {
  await unbindOwnFile(ctx, 'withdrawConsent', '本人撤回个人信息处理同意', { consentWithdrawnAt: ctx.now });
  return { withdrawn: true as const };
});

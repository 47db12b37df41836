import { unbindAccount } from '../../../types/profile/requests';
import { defineAction } from '../../_kernel/action';
import { unbindOwnFile } from '../lib/unbind-own-file';

/** Unbind my WeChat account from my file; the file stays, and I rebind through my grid member. */
export default defineAction(unbindAccount, async (_input, ctx) => {
  await unbindOwnFile(ctx, 'unbind', '本人解除微信绑定');
  return { unbound: true as const };
});

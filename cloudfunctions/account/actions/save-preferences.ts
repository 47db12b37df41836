import { savePreferences } from '../../../types/account/preferences';
import { defineAction } from '../../_kernel/action';
import { ensureAccount } from '../../_domain/accounts';

/**
 * The caller's own settings, saved with their account (created if this is their first call): nothing is
 * placed, nobody else's account is reachable, so the caller's identity is the whole check.
 */
export default defineAction(savePreferences, async ({ elderMode }, ctx) => {
  const me = await ctx.caller();
  await ensureAccount(ctx.db, me.openid, ctx.now);
  await ctx.db
    .collection('accounts')
    .doc(me.openid)
    .update({ data: { preferences: { elderMode } } });
  return { preferences: { elderMode } };
});

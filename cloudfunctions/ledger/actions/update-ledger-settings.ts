import { updateLedgerSettings } from '../../../types/ledger/settings';
import type { LedgerSettingsDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { rebuildRollups } from '../../_domain/rollups/rebuild';

/** District staff change the rules; every grid's filing rate and every node's rollup is recomputed under them. */
export default defineAction(updateLedgerSettings, async (input, ctx) => {
  const { me, seat } = await ctx.authorizeSeat('ledger:settings');
  const doc: Omit<LedgerSettingsDoc, '_id'> = { ...input, updatedAt: ctx.now, updatedBy: seat.staffId ?? me.openid };
  await ctx.db.collection('settings').doc('ledger').set({ data: doc });
  await rebuildRollups(ctx, input);
  return input;
});

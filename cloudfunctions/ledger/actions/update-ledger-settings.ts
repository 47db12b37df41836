import { updateLedgerSettings } from '../../../types/ledger/settings';
import { AppError } from '../../../types/common/errors';
import type { LedgerSettingsDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { rebuildRollups } from '../../_domain/rollups/rebuild';

/** District staff change the rules; every grid's filing rate and every node's rollup is recomputed under them. */
export default defineAction(updateLedgerSettings, async (input, ctx) => {
  const me = await ctx.caller();
  const districtId = me.staff.find((s) => s.role === 'district_staff')?.orgPath[0];
  if (!districtId) throw new AppError('FORBIDDEN', '只有区退役军人事务局可以修改台账规则');
  const seat = me.staff.find((s) => s.role === 'district_staff') as { _id: string };
  await ctx.authorize('ledger:settings', { orgPath: [districtId] });
  const doc: Omit<LedgerSettingsDoc, '_id'> = { ...input, updatedAt: ctx.now, updatedBy: seat._id };
  await ctx.db.collection('settings').doc('ledger').set({ data: doc });
  await rebuildRollups(ctx, input);
  return input;
});

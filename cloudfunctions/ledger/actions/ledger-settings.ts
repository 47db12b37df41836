import { ledgerSettings } from '../../../types/ledger/settings';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { loadLedgerSettings } from '../../_domain/dossier/settings';

/** The district's ledger rules, for the staff who work by them. */
export default defineAction(ledgerSettings, async (_input, ctx) => {
  const me = await ctx.caller();
  if (!me.staff.length) throw new AppError('FORBIDDEN', '只有工作人员可以查看台账规则');
  return loadLedgerSettings(ctx.read);
});

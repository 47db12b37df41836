import { ledgerSettings } from '../../../types/ledger/settings';
import { defineAction } from '../../_kernel/action';
import { loadLedgerSettings } from '../../_domain/dossier/settings';

/** The district's ledger rules, for the staff who work by them. */
export default defineAction(ledgerSettings, async (_input, ctx) => {
  await ctx.authorizeSeat('ledger:rules-read');
  return loadLedgerSettings(ctx.read);
});

import { DEFAULT_LEDGER_SETTINGS, type LedgerSettings } from '../../../types/veteran/ledger-rules';
import type { LedgerSettingsDoc } from '../../../types/veteran/records';
import type { Reader } from '../../_kernel/store';

/** The district's ledger rules, or the defaults while it has set none. */
export async function loadLedgerSettings(read: Reader): Promise<LedgerSettings> {
  const doc = await read.byId<LedgerSettingsDoc>('settings', 'ledger');
  if (!doc) return DEFAULT_LEDGER_SETTINGS;
  return {
    requiredSections: doc.requiredSections,
    verifyMonths: doc.verifyMonths,
    keyGroupVerifyMonths: doc.keyGroupVerifyMonths,
  };
}

import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict } from '../../support/fixtures';
import { buildLedgerStats } from '../../../seed/build-ledger-stats';
import { buildRollups } from '../../../seed/build-rollups';

/** The small district on a fresh stack, with its filing-rate rows and rollups (as the seed builds them), at 2026-03-01 (Asia/Shanghai noon). */
export const T0 = new Date('2026-03-01T04:00:00Z');

export async function smallWorld(): Promise<{ stack: Stack; district: ReturnType<typeof smallDistrict> }> {
  const stack = await startStack({ clock: T0 });
  const district = smallDistrict();
  const ledgerStats = buildLedgerStats(district.orgs, district.veterans, T0);
  await load(stack.cloud, {
    orgs: district.orgs,
    veterans: district.veterans,
    staff: district.staff,
    accounts: district.accounts,
    ledgerStats,
    rollups: buildRollups(district.orgs, ledgerStats, T0),
  });
  return { stack, district };
}

import type { OrgDoc } from '../types/org/model';
import type { VeteranDoc } from '../types/veteran/model';
import type { LedgerStatsDoc } from '../types/veteran/records';
import { DEFAULT_LEDGER_SETTINGS } from '../types/veteran/ledger-rules';
import { gridStatsOf } from '../cloudfunctions/_domain/dossier/grid-stats';

/** Each grid's filing-rate row, computed from its files the way the ledger function recomputes it. */
export function buildLedgerStats(orgs: OrgDoc[], veterans: VeteranDoc[], now: Date): LedgerStatsDoc[] {
  const byGrid = new Map<string, VeteranDoc[]>();
  for (const v of veterans) byGrid.set(v.gridId, [...(byGrid.get(v.gridId) ?? []), v]);
  return orgs
    .filter((o) => o.kind === 'grid')
    .map((g) => gridStatsOf(g._id, g.path, byGrid.get(g._id) ?? [], DEFAULT_LEDGER_SETTINGS, now));
}

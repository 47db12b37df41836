import type { OrgDoc } from '../types/org/model';
import type { RollupDoc } from '../types/rollups/model';
import type { LedgerStatsDoc } from '../types/veteran/records';
import { nodeFields, rollupsFrom } from '../cloudfunctions/_domain/rollups/counts';

/** Every place node's rollup, summed from the grids' rows the way the rebuild job sums them. */
export function buildRollups(orgs: OrgDoc[], gridRows: LedgerStatsDoc[], now: Date): RollupDoc[] {
  const places = orgs.filter((o) => o.kind !== 'unit');
  const counts = rollupsFrom(places, gridRows);
  return places.map((p) => ({ _id: p._id, ...nodeFields(p), ...counts.get(p._id)!, rev: 1, updatedAt: now }));
}

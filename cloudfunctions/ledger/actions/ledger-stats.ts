import { ledgerStats, type StatsRow } from '../../../types/ledger/search';
import type { OrgDoc } from '../../../types/org/model';
import { aged80Cutoff } from '../../../types/common/shanghai-time';
import type { LedgerStatsDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { nodeFor, orgPathKey } from '../../_domain/jurisdiction';
import { orgsById } from '../../_domain/orgs';

function emptyRow(org: Pick<OrgDoc, '_id' | 'name' | 'kind'>): StatsRow {
  return {
    id: org._id,
    name: org.name,
    kind: org.kind,
    known: 0,
    complete: 0,
    rate: 1,
    aged80: 0,
    hardship: 0,
    contribution: 0,
    decorated: 0,
  };
}

function add(row: StatsRow, grid: LedgerStatsDoc, cutoff: string): void {
  row.known += grid.known;
  row.complete += grid.complete;
  row.hardship += grid.hardship;
  row.contribution += grid.contribution;
  row.decorated += grid.decorated;
  for (const d of grid.birthDates) if (d <= cutoff) row.aged80 += 1;
}

/**
 * 建档率 and key-group counts for each node one level below the jurisdiction, and its total, from the
 * per-grid rows (kept by every write of a file); aged 80+ counted from birth dates with this read's clock.
 */
export default defineAction(ledgerStats, async ({ orgId }, ctx) => {
  const { db, read, now } = ctx;
  const org = await nodeFor(ctx, orgId ?? null, 'ledger:read');
  const depth = org.path.length - 1;
  const grids: LedgerStatsDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await read.many<LedgerStatsDoc>(
      'ledgerStats',
      { [orgPathKey(depth)]: org._id },
      { skip, limit: 1000, orderBy: [['_id', 'asc']] },
    );
    grids.push(...page);
    if (page.length < 1000) break;
  }
  const childIds = [...new Set(grids.map((g) => g.orgPath[Math.min(depth + 1, g.orgPath.length - 1)]))];
  const orgs = await orgsById(db, read, childIds);
  const cutoff = aged80Cutoff(now);
  const total = emptyRow(org);
  const rows = new Map<string, StatsRow>();
  for (const g of grids) {
    const childId = g.orgPath[Math.min(depth + 1, g.orgPath.length - 1)];
    const child = orgs.get(childId);
    if (!rows.has(childId)) rows.set(childId, emptyRow(child ?? { _id: childId, name: '未知', kind: 'grid' }));
    add(rows.get(childId) as StatsRow, g, cutoff);
    add(total, g, cutoff);
  }
  const withRate = (r: StatsRow): StatsRow => ({ ...r, rate: r.known ? r.complete / r.known : 1 });
  const ordered = [...rows.values()].sort(
    (a, b) => (orgs.get(a.id)?.order ?? 0) - (orgs.get(b.id)?.order ?? 0) || a.id.localeCompare(b.id),
  );
  return { total: withRate(total), rows: ordered.map(withRate) };
});

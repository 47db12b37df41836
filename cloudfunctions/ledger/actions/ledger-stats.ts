import { ledgerStats, type StatsRow } from '../../../types/ledger/search';
import type { OrgDoc } from '../../../types/org/model';
import type { RollupCounts } from '../../../types/rollups/model';
import { agedOf, figureFields } from '../../_domain/rollups/aged';
import { childRollups, rollupsOf } from '../../_domain/rollups/read';
import { defineAction } from '../../_kernel/action';
import { nodeFor } from '../../_domain/jurisdiction';
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

function add(row: StatsRow, node: RollupCounts, aged: number): void {
  row.known += node.known;
  row.complete += node.complete;
  row.hardship += node.hardship;
  row.contribution += node.contribution;
  row.decorated += node.decorated;
  row.aged80 += aged;
}

/**
 * 建档率 and key-group counts for each node one level below the jurisdiction, and its total, from the
 * children's rollups (one document per node shown, kept by every write of a file); aged 80+ counted to the
 * day at this read (rollups/aged.ts).
 */
export default defineAction(ledgerStats, async ({ orgId }, ctx) => {
  const { db, read } = ctx;
  const org = await nodeFor(ctx, orgId ?? null, 'ledger:read');
  const nodes =
    org.kind === 'grid'
      ? [...(await rollupsOf(ctx, [org._id])).values()]
      : await childRollups(ctx, org, figureFields(ctx.now));
  const orgs = await orgsById(
    db,
    read,
    nodes.map((n) => n._id),
  );
  const aged = await agedOf(ctx, org, nodes);
  const total = emptyRow(org);
  const rows = new Map<string, StatsRow>();
  for (const n of nodes) {
    const row = emptyRow(orgs.get(n._id) ?? { _id: n._id, name: '未知', kind: n.kind });
    const a = aged.get(n._id)?.aged ?? 0;
    add(row, n, a);
    rows.set(n._id, row);
    add(total, n, a);
  }
  const withRate = (r: StatsRow): StatsRow => ({ ...r, rate: r.known ? r.complete / r.known : 1 });
  const ordered = [...rows.values()].sort(
    (a, b) => (orgs.get(a.id)?.order ?? 0) - (orgs.get(b.id)?.order ?? 0) || a.id.localeCompare(b.id),
  );
  return { total: withRate(total), rows: ordered.map(withRate) };
});

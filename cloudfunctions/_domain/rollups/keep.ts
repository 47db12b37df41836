import type { OrgDoc } from '../../../types/org/model';
import type { RollupCounts, RollupDoc } from '../../../types/rollups/model';
import type { LedgerStatsDoc } from '../../../types/veteran/records';
import type { ActionContext } from '../../_kernel/action';
import { countsDelta, countsOfGridRow, emptyCounts, nodeFields, PLAIN_COUNTS, YEAR_MAPS } from './counts';

type Ctx = Pick<ActionContext, 'db' | 'read' | 'now' | '_'>;

/** `{ known: 2, 'born.1945': -1 }` as the nested `_.inc` update the SDK sends (it flattens nested objects). */
function incUpdate(ctx: Ctx, delta: Record<string, number>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, n] of Object.entries(delta)) {
    const [head, year] = key.split('.');
    if (year) ((data[head] ??= {}) as Record<string, unknown>)[year] = ctx._.inc(n);
    else data[head] = ctx._.inc(n);
  }
  return data;
}

/** Two sets of increments added up (zeros left out). */
function addDeltas(into: Record<string, number>, more: Record<string, number>): Record<string, number> {
  for (const [key, n] of Object.entries(more)) {
    const sum = (into[key] ?? 0) + n;
    if (sum) into[key] = sum;
    else delete into[key];
  }
  return into;
}

/** Counters replaced whole (`_.set` on the year maps, or the SDK would merge old years in). */
export function setCounts(ctx: Ctx, c: RollupCounts): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const map of YEAR_MAPS) data[map] = ctx._.set(c[map]);
  for (const k of PLAIN_COUNTS) data[k] = c[k];
  return data;
}

/**
 * The grid's filing-rate row, written only over an older one: rows carry the rev of the rollup they were
 * computed with, so a slow request never puts back what a later one replaced.
 */
async function writeGridRow(ctx: Ctx, row: LedgerStatsDoc, rev: number): Promise<void> {
  const { _id, ...data } = row;
  // Arrays replaced whole, as the year maps are.
  const arrays = {
    orgPath: ctx._.set(data.orgPath),
    birthDates: ctx._.set(data.birthDates),
    markedBirthDates: ctx._.set(data.markedBirthDates),
  };
  const older = { _id, rev: ctx._.or(ctx._.lt(rev), ctx._.exists(false)) };
  const res = (await ctx.db
    .collection('ledgerStats')
    .where(older)
    .update({ data: { ...data, ...arrays, rev } })) as { stats: { updated: number } };
  if (res.stats.updated === 1 || (await ctx.read.byId('ledgerStats', _id))) return;
  const added = (ctx.db.collection('ledgerStats').add({ data: { _id, ...data, rev } }) as Promise<unknown>).then(
    () => true,
    () => false,
  );
  // Someone created it meanwhile: theirs is replaced only if older.
  if (!(await added))
    await ctx.db
      .collection('ledgerStats')
      .where(older)
      .update({ data: { ...data, ...arrays, rev } });
}

/** Enough for every writer of a grid to finish: each failed round means another one succeeded. */
const ATTEMPTS = 10;

/**
 * After a write to files of `grid`: its filing-rate row and rollup are recomputed from its files
 * (`recompute` reads them), and the change of its counters is returned for the nodes above (addToAncestors).
 *
 * Concurrent writers of one grid: the rollup is replaced only from the `rev` read before the files were,
 * so a recompute from files read before another writer's change cannot overwrite that writer's result
 * (it fails its rev check and reads again). A writer stops early once the rev has moved on twice since
 * its first read: the second of those recomputes read the files after our write, so it counted it.
 */
export async function keepGridRollup(
  ctx: Ctx,
  grid: OrgDoc,
  recompute: () => Promise<LedgerStatsDoc>,
): Promise<Record<string, number>> {
  let firstRev: number | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await ctx.read.byId<RollupDoc>('rollups', grid._id);
    const rev = current?.rev ?? 0;
    if (firstRev === null) firstRev = rev;
    else if (rev >= firstRev + 2) return {};
    const row = await recompute();
    const after = countsOfGridRow(row);
    if (!current) {
      const created = await (
        ctx.db.collection('rollups').add({
          data: { _id: grid._id, ...nodeFields(grid), ...after, rev: 1, updatedAt: ctx.now },
        }) as Promise<unknown>
      ).then(
        () => true,
        () => false, // someone created it first: read it again
      );
      if (!created) continue;
      await writeGridRow(ctx, row, 1);
      return countsDelta(emptyCounts(), after);
    }
    const res = (await ctx.db
      .collection('rollups')
      .where({ _id: grid._id, rev })
      .update({ data: { ...setCounts(ctx, after), rev: rev + 1, updatedAt: ctx.now } })) as {
      stats: { updated: number };
    };
    if (res.stats.updated !== 1) continue;
    await writeGridRow(ctx, row, rev + 1);
    return countsDelta(current, after);
  }
  console.error(`[rollups] grid ${grid._id} changed under ${ATTEMPTS} recomputes in a row; the rebuild job repairs it`);
  return {};
}

/**
 * Passes the grids' changes up: one `_.inc` per node above them, however many of its grids changed. A
 * request cut off before this leaves those nodes behind their grids, which the rebuild job repairs.
 */
export async function addToAncestors(
  ctx: Ctx,
  changes: readonly { grid: OrgDoc; delta: Record<string, number> }[],
): Promise<void> {
  const byNode = new Map<string, Record<string, number>>();
  for (const { grid, delta } of changes)
    for (const id of grid.path) if (id !== grid._id) byNode.set(id, addDeltas(byNode.get(id) ?? {}, delta));
  await Promise.all(
    [...byNode]
      .filter(([, delta]) => Object.keys(delta).length)
      .map(([id, delta]) =>
        ctx.db
          .collection('rollups')
          .doc(id)
          .update({ data: { ...incUpdate(ctx, delta), updatedAt: ctx.now } }),
      ),
  );
}

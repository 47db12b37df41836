import type { OrgDoc } from '../../../types/org/model';
import type { RollupCounts, RollupDoc } from '../../../types/rollups/model';
import type { LedgerStatsDoc } from '../../../types/veteran/records';
import type { ActionContext } from '../../_kernel/action';
import { countsDelta, countsOfGridRow, emptyCounts, nodeFields, PLAIN_COUNTS } from './counts';

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

/** Counters replaced whole (`_.set` on the year maps, or the SDK would merge old years in). */
function setCounts(ctx: Ctx, c: RollupCounts): Record<string, unknown> {
  const data: Record<string, unknown> = { born: ctx._.set(c.born), markedBorn: ctx._.set(c.markedBorn) };
  for (const k of PLAIN_COUNTS) data[k] = c[k];
  return data;
}

const ATTEMPTS = 5;

/**
 * After a grid's filing-rate row was recomputed from its files: its rollup takes the new counters, and
 * every node above gets the difference as one `_.inc`. The grid's document changes only from the `rev` it
 * was read at, so two concurrent recomputes never both pass on the same change; a request cut off between
 * the two steps leaves the ancestors behind, which the rebuild job (rebuild.ts) repairs.
 */
export async function keepGridRollup(ctx: Ctx, grid: OrgDoc, row: LedgerStatsDoc): Promise<void> {
  const after = countsOfGridRow(row);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await ctx.read.byId<RollupDoc>('rollups', grid._id);
    let delta: Record<string, number>;
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
      delta = countsDelta(emptyCounts(), after);
    } else {
      delta = countsDelta(current, after);
      if (!Object.keys(delta).length) return;
      const res = (await ctx.db
        .collection('rollups')
        .where({ _id: grid._id, rev: current.rev })
        .update({ data: { ...setCounts(ctx, after), rev: current.rev + 1, updatedAt: ctx.now } })) as {
        stats: { updated: number };
      };
      if (res.stats.updated !== 1) continue;
    }
    await Promise.all(
      grid.path
        .filter((id) => id !== grid._id)
        .map((id) =>
          ctx.db
            .collection('rollups')
            .doc(id)
            .update({ data: { ...incUpdate(ctx, delta), updatedAt: ctx.now } }),
        ),
    );
    return;
  }
  console.error(`[rollups] grid ${grid._id} changed under ${ATTEMPTS} recomputes in a row; the rebuild job repairs it`);
}

export { setCounts };

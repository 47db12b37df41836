import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import { gridStatsOf } from './grid-stats';
import { loadLedgerSettings } from './settings';
import { keepGridRollup } from '../rollups/keep';

/**
 * Recomputes the filing-rate rows of the grids whose files just changed, from the files themselves
 * (never incremented), so a row is as right as the last write of its grid; the grid's rollup follows and the
 * nodes above it get the difference (_domain/rollups/keep.ts).
 */
export async function refreshGridStats(
  ctx: Pick<ActionContext, 'db' | 'read' | 'now' | '_'>,
  gridIds: string[],
): Promise<void> {
  const settings = await loadLedgerSettings(ctx.read);
  for (const gridId of [...new Set(gridIds)]) {
    const grid = await ctx.read.byId<OrgDoc>('orgs', gridId);
    if (!grid) continue;
    const files = await ctx.read.many<VeteranDoc>('veterans', { gridId }, { limit: 1000 });
    const { _id, ...row } = gridStatsOf(gridId, grid.path, files, settings, ctx.now);
    await ctx.db.collection('ledgerStats').doc(_id).set({ data: row });
    await keepGridRollup(ctx, grid, { _id, ...row });
  }
}

import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import { gridStatsOf } from './grid-stats';
import { loadLedgerSettings } from './settings';
import { addToAncestors, keepGridRollup } from '../rollups/keep';

/**
 * Recomputes the filing-rate rows and rollups of the grids whose files just changed, from the files
 * themselves (never incremented), so a grid is as right as the last write to it; the nodes above get the
 * summed difference, one increment each (_domain/rollups/keep.ts).
 */
export async function refreshGridStats(
  ctx: Pick<ActionContext, 'db' | 'read' | 'now' | '_'>,
  gridIds: string[],
): Promise<void> {
  const settings = await loadLedgerSettings(ctx.read);
  const changes: { grid: OrgDoc; delta: Record<string, number> }[] = [];
  for (const gridId of [...new Set(gridIds)]) {
    const grid = await ctx.read.byId<OrgDoc>('orgs', gridId);
    if (!grid) continue;
    const delta = await keepGridRollup(ctx, grid, async () => {
      const files = await ctx.read.many<VeteranDoc>('veterans', { gridId }, { limit: 1000 });
      return gridStatsOf(gridId, grid.path, files, settings, ctx.now);
    });
    changes.push({ grid, delta });
  }
  await addToAncestors(ctx, changes);
}

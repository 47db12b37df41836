import type { OrgDoc } from '../../../types/org/model';
import type { LedgerSettings } from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import { gridStatsOf } from './grid-stats';
import { loadLedgerSettings } from './settings';
import { addToAncestors, keepGridRollup } from '../rollups/keep';
import { orgsById } from '../orgs';
import { everyDoc } from '../rollups/read';

type Ctx = Pick<ActionContext, 'db' | 'read' | 'now' | '_'>;

/** Grids recomputed at once: each is a few round trips of its own, so many grids do not wait in a line. */
const PARALLEL = 8;
/** Grid nodes read a query. */
const ORG_CHUNK = 100;

/**
 * Recomputes the filing-rate rows and rollups of the grids whose files just changed, from the files
 * themselves (never incremented), so a grid is as right as the last write to it; the nodes above get the
 * summed difference, one increment each (_domain/rollups/keep.ts). For the few grids one write touches: an
 * import, which may touch every grid of the district, recomputes them in a job (ledger/import/stats-job.ts).
 */
export async function refreshGridStats(ctx: Ctx, gridIds: string[]): Promise<void> {
  const ids = [...new Set(gridIds)];
  const grids: OrgDoc[] = [];
  for (let i = 0; i < ids.length; i += ORG_CHUNK) {
    const found = await orgsById(ctx.db, ctx.read, ids.slice(i, i + ORG_CHUNK));
    grids.push(...ids.slice(i, i + ORG_CHUNK).flatMap((id) => found.get(id) ?? []));
  }
  await refreshGrids(ctx, grids, await loadLedgerSettings(ctx.read));
}

/**
 * `grids` recomputed eight at a time (each grid's rows are its own), then their changes passed up. A call
 * cut off between the two leaves the nodes above behind their grids until the nightly rebuild.
 */
export async function refreshGrids(ctx: Ctx, grids: readonly OrgDoc[], settings: LedgerSettings): Promise<void> {
  const changes: { grid: OrgDoc; delta: Record<string, number> }[] = [];
  for (let i = 0; i < grids.length; i += PARALLEL) {
    const batch = await Promise.all(
      grids.slice(i, i + PARALLEL).map(async (grid) => ({
        grid,
        delta: await keepGridRollup(ctx, grid, async () => {
          const files = await everyDoc<VeteranDoc>(ctx, 'veterans', { gridId: grid._id });
          return gridStatsOf(grid._id, grid.path, files, settings, ctx.now);
        }),
      })),
    );
    changes.push(...batch);
  }
  await addToAncestors(ctx, changes);
}

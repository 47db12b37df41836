import { IMPORT_STATS_JOB } from '../../../types/ledger/jobs';
import type { JobKind } from '../../_kernel/jobs';
import { refreshGrids } from '../../_domain/dossier/refresh-stats';
import { loadLedgerSettings } from '../../_domain/dossier/settings';
import { orgsById } from '../../_domain/orgs';

/**
 * Grids a step recomputes: one files query each, eight at a time, then one increment per node above them.
 * About 0.2 s at ten times the district (6 Dec: 620-940 grids in a 5 s slice), so 进度 moves often.
 */
const GRIDS_A_STEP = 20;

/**
 * After an import's files are written: the figures (filing-rate rows, rollups) of every grid the sheet
 * touched, recomputed from their files in steps. A district-wide sheet touches every grid (4,750 at ten
 * times the demo), more than one call can recompute within its timeout, so the commit works the first
 * slice and the page (or the minute timer) the rest. The items are the grids' ids, sorted; the cursor,
 * how many are done. Redoing a step after a kill writes the same grid figures, but the nodes above miss
 * that step's change until the nightly rebuild (as for any write cut off there: refreshGrids).
 */
export const importStatsJob: JobKind = {
  kind: IMPORT_STATS_JOB,
  fn: 'ledger',
  async plan(_ctx, input) {
    const items = [...new Set(input as string[])].sort();
    return { total: items.length, state: {}, items };
  },
  stages: [
    {
      name: 'grids',
      async step(ctx, cursor, run) {
        const from = Number(cursor ?? 0);
        const ids = run.items.slice(from, from + GRIDS_A_STEP);
        const found = await orgsById(ctx.db, ctx.read, ids);
        await refreshGrids(
          ctx,
          ids.flatMap((id) => found.get(id) ?? []),
          await loadLedgerSettings(ctx.read),
        );
        run.advance(ids.length);
        const next = from + ids.length;
        return next < run.items.length ? String(next) : null;
      },
    },
  ],
};

import type { OrgDoc } from '../../../types/org/model';
import type { LedgerSettings } from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import { gridStatsOf } from '../../_domain/dossier/grid-stats';

/** Every grid's filing-rate row recomputed from all files (read in id order, 1,000 at a time). */
export async function refreshAllGridStats(
  ctx: Pick<ActionContext, 'db' | 'read' | 'now' | '_'>,
  settings: LedgerSettings,
): Promise<void> {
  const { read, _ } = ctx;
  const byGrid = new Map<string, VeteranDoc[]>();
  for (let last = ''; ; ) {
    const page = await read.many<VeteranDoc>('veterans', last ? { _id: _.gt(last) } : {}, {
      orderBy: [['_id', 'asc']],
      limit: 1000,
      fields: { idEnc: false, phoneEnc: false },
    });
    for (const f of page) byGrid.set(f.gridId, [...(byGrid.get(f.gridId) ?? []), f]);
    if (page.length < 1000) break;
    last = page[page.length - 1]._id;
  }
  const grids = await read.many<OrgDoc>('orgs', { kind: 'grid' }, { limit: 1000 });
  for (const grid of grids) {
    const { _id, ...row } = gridStatsOf(grid._id, grid.path, byGrid.get(grid._id) ?? [], settings, ctx.now);
    await ctx.db.collection('ledgerStats').doc(_id).set({ data: row });
  }
}

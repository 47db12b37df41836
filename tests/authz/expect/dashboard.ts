import { dashboardExport, dashboardOverview } from '../../../types/dashboard/overview';
import { GRID } from '../personas';
import { AREA_STAFF, PLACE_STAFF } from './shared';
import { table } from './table';

/**
 * dashboard: station / street / district staff "see their area's statistics", the grid team its own
 * grid's; exports are the area staff's ("import and export"). Veterans, units and supervisors see none.
 */
export const tables = [
  table({
    contract: dashboardOverview,
    target: (_w, side) => ({ orgId: GRID[side] }),
    allowed: { inScope: PLACE_STAFF, outOfScope: ['district'] },
  }),
  table({
    contract: dashboardExport,
    target: (_w, side) => ({ table: 'months' as const, orgId: GRID[side] }),
    allowed: { inScope: AREA_STAFF, outOfScope: ['district'] },
    unplaced: 'a link to the exported file',
  }),
];

import { listChildren, myGrid } from '../../../types/org/queries';
import { STREET } from '../personas';
import { GRID_TEAM, SIGNED_IN, BOUND_VETERANS } from './shared';
import { table } from './table';

/**
 * org: the place tree is public knowledge (a new user picks their grid from it when registering);
 * 我的网格 is the veteran's own grid with its grid members and a call button (journey 1), and the grid
 * team's own grid.
 */
export const tables = [
  table({
    contract: listChildren,
    target: (_w, side) => ({ parentId: STREET[side] }),
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: 'the place tree: names of streets, communities and grids, public',
  }),
  table({
    contract: myGrid,
    target: () => ({}),
    allowed: { inScope: [...BOUND_VETERANS, ...GRID_TEAM], outOfScope: [...BOUND_VETERANS, ...GRID_TEAM] },
    // Grid members' work phones are there to be called ("call their grid member").
    unmasked: { phone: [...BOUND_VETERANS, ...GRID_TEAM] },
  }),
];

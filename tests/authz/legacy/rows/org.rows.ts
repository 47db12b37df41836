import type { AuthzCase } from '../case';
import { listChildren, myGrid } from '../../../../types/org/queries';

export const cases: AuthzCase[] = [
  { contract: listChildren, as: 'anonymous', input: { parentId: null }, expect: 'UNAUTHENTICATED' },
  { contract: listChildren, as: 'newUser', input: { parentId: null }, expect: 'ok', note: 'the registration picker' },
  { contract: listChildren, as: 'veteranB', input: { parentId: 's-10' }, expect: 'ok' },
  { contract: myGrid, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  {
    contract: myGrid,
    as: 'district',
    input: {},
    expect: 'NOT_FOUND',
    note: 'staff above grids have no grid of their own',
  },
  { contract: myGrid, as: 'veteranA', input: {}, expect: 'ok' },
  { contract: myGrid, as: 'gridMemberA', input: {}, expect: 'ok' },
];

import { useState } from 'react';
import { listChildren, type OrgNodeView } from '@types-contract/org/queries';
import { useQuery } from '../../lib/cloud';

export interface GridChoice {
  street?: OrgNodeView;
  community?: OrgNodeView;
  grid?: OrgNodeView;
}

/** Street → community → grid, each list loaded from the org function once its parent is chosen. */
export function useGridPicker(active: boolean) {
  const [choice, setChoice] = useState<GridChoice>({});
  const streets = useQuery(listChildren, { parentId: null }, { enabled: active });
  const communities = useQuery(
    listChildren,
    { parentId: choice.street?.id ?? null },
    { enabled: active && Boolean(choice.street) },
  );
  const grids = useQuery(
    listChildren,
    { parentId: choice.community?.id ?? null },
    { enabled: active && Boolean(choice.community) },
  );

  return {
    choice,
    streets,
    communities,
    grids,
    chooseStreet: (street: OrgNodeView) => setChoice({ street }),
    chooseCommunity: (community: OrgNodeView) => setChoice((c) => ({ street: c.street, community })),
    chooseGrid: (grid: OrgNodeView) => setChoice((c) => ({ ...c, grid })),
  };
}

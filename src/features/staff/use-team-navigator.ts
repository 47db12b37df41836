import { useState } from 'react';
import type { OrgNodeView } from '@types-contract/org/queries';

/** Where the admin is in their jurisdiction: a path of nodes from their own node downwards. */
export function useTeamNavigator(root: OrgNodeView & { path: string[] }) {
  const [trail, setTrail] = useState<OrgNodeView[]>([]);
  const current = trail[trail.length - 1] ?? root;
  const path = [...root.path, ...trail.map((n) => n.id)];
  return {
    current,
    path,
    parent: trail.length ? (trail[trail.length - 2] ?? root) : null,
    crumbs: [root, ...trail],
    enter: (node: OrgNodeView) => setTrail((t) => [...t, node]),
    upTo: (index: number) => setTrail((t) => t.slice(0, index)),
  };
}

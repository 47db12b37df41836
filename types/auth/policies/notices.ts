import { holdsOver, ownedBy, GRID_KEEPERS, type CallerRoles, type Placed } from '../policy-kit';

/** Notices. */
export const NOTICE_POLICIES = {
  /** Publishing a notice to a scope (target: the scope node): the grid team for their grid, staff in their jurisdiction. */
  'notice:publish': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /**
   * Editing and withdrawing a notice (target: the path of the seat it was published from, owned by the
   * publisher): the publisher, or staff of a node strictly ABOVE that seat. Not the publisher's peers (a grid
   * member does not withdraw the leader's notice) and not the team of the grid a notice from above was scoped
   * to (they do not rewrite the district's words).
   */
  'notice:change': (c: CallerRoles, t: Placed) =>
    ownedBy(c, t) || (t.orgPath.length > 1 && holdsOver(c, GRID_KEEPERS, { orgPath: t.orgPath.slice(0, -1) })),
  /** Read receipts of a notice (target: its scope): staff over the scope (the publisher always). */
  'notice:receipts': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
} as const;

export const NOTICE_DENIED: Record<keyof typeof NOTICE_POLICIES, string> = {
  'notice:publish': '只能向自己管辖的范围发布通知',
  'notice:change': '只有发布人或上级工作人员可以修改或撤回通知',
  'notice:receipts': '只能查看本辖区通知的阅读情况',
};

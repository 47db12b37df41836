import { holdsOver, AREA_STAFF, GRID_KEEPERS, type CallerRoles, type Placed } from '../policy-kit';

/** Visits and care (走访慰问). */
export const CARE_POLICIES = {
  /** Logging visits and recording mandatory-visit occasions for a veteran: their grid team and staff above. */
  'care:log': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Seeing visits, tasks and coverage of a node: its grid team and staff above. */
  'care:view': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Reading the district's care settings (the occasions to pick from): anyone registered in the district. */
  'care:settings-read': (c: CallerRoles, t: Placed) => c.roles.some((r) => t.orgPath.includes(r.orgId)),
  /** The district's care settings (the six occasions, contact periods). */
  'care:settings': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** Visit campaigns over a node: station, street and district staff. */
  'care:campaign': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
} as const;

export const CARE_DENIED: Record<keyof typeof CARE_POLICIES, string> = {
  'care:log': '只能为本网格（本辖区）的退役军人记录走访',
  'care:view': '只能查看本辖区的走访情况',
  'care:settings-read': '完成登记后才能查看走访事由',
  'care:settings': '只有区退役军人事务局可以设置六必访事由',
  'care:campaign': '只有服务站、街道或区的工作人员可以在本辖区发起大走访',
};

import { holdsOver, AREA_STAFF, GRID_KEEPERS, type CallerRoles, type Placed } from '../policy-kit';

/** The dashboard (数据看板). */
export const DASHBOARD_POLICIES = {
  /** The dashboard over a node: staff of any level over it. */
  'dashboard:view': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** A dashboard table as .xlsx: station, street and district staff (the grid team reads its figures on screen). */
  'dashboard:export': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
} as const;

export const DASHBOARD_DENIED: Record<keyof typeof DASHBOARD_POLICIES, string> = {
  'dashboard:view': '只能查看本辖区的统计数据',
  'dashboard:export': '只有服务站、街道和区的工作人员可以导出统计表',
};

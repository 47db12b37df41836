import type { RoleAssignment, Role } from './roles';

/** What a policy knows of the caller. */
export interface CallerRoles {
  roles: RoleAssignment[];
}

/** What a policy knows of the thing acted on: where it lies (its org path, district first). */
export interface Placed {
  orgPath: string[];
}

const GRID_TEAM: Role[] = ['grid_leader', 'grid_member'];
const AREA_STAFF: Role[] = ['station_staff', 'street_staff', 'district_staff'];
const GRID_KEEPERS: Role[] = [...GRID_TEAM, ...AREA_STAFF];

/** True when one of the caller's assignments with one of `roles` covers `target` (its node or above). */
export function holdsOver(caller: CallerRoles, roles: Role[], target: Placed): boolean {
  return caller.roles.some((r) => roles.includes(r.role) && target.orgPath.includes(r.orgId));
}

/** True when the caller is an admin of a node strictly above `target`'s own node. */
export function adminAbove(caller: CallerRoles, target: Placed): boolean {
  const own = target.orgPath[target.orgPath.length - 1];
  return caller.roles.some((r) => r.isAdmin && r.orgId !== own && target.orgPath.includes(r.orgId));
}

/**
 * Named policies shared by the functions (which enforce them) and the UI (which hides what the caller
 * cannot do). A policy answers for one caller and one placed thing.
 */
export const POLICIES = {
  /** Registrations pending in a grid: its team and the staff above it. */
  'registration:review': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Inviting, moving, removing staff of a node: an admin of a higher node. */
  'staff:manage': (c: CallerRoles, t: Placed) => adminAbove(c, t),
  /** Seeing the staff list of a node: staff over it. */
  'staff:list': (c: CallerRoles, t: Placed) => holdsOver(c, [...GRID_KEEPERS, 'recruitment_head', 'recruitment_staff', 'agency_staff'], t),
  /** Logging visits and recording mandatory-visit occasions for a veteran: their grid team and staff above. */
  'care:log': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Seeing visits, tasks and coverage of a node: its grid team and staff above. */
  'care:view': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** The district's care settings (the six occasions, contact periods). */
  'care:settings': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** Visit campaigns over a node: station, street and district staff. */
  'care:campaign': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /** Applying for assistance on a veteran's behalf: their grid team and the station. */
  'assist:apply-for': (c: CallerRoles, t: Placed) => holdsOver(c, [...GRID_TEAM, 'station_staff'], t),
  /** Seeing applications of a node. */
  'assist:view': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /** The station's review of an application. */
  'assist:review': (c: CallerRoles, t: Placed) => holdsOver(c, ['station_staff'], t),
  /** Approval of a subsidy within the street's limit. */
  'assist:approve-street': (c: CallerRoles, t: Placed) => holdsOver(c, ['street_staff', 'district_staff'], t),
  /** Approval above the street's limit, and of relief-fund cases. */
  'assist:approve-district': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** Recording a disbursement. */
  'assist:disburse': (c: CallerRoles, t: Placed) => holdsOver(c, ['street_staff', 'district_staff'], t),
  /** The dashboard over a node: staff of any level over it. */
  'dashboard:view': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
} as const;

export type PolicyName = keyof typeof POLICIES;

export function can(caller: CallerRoles, policy: PolicyName, target: Placed): boolean {
  return POLICIES[policy](caller, target);
}

export const POLICY_DENIED_MESSAGES: Record<PolicyName, string> = {
  'registration:review': '只有本网格的网格员或上级工作人员可以审核登记',
  'staff:manage': '只有上级单位的管理员可以管理工作人员',
  'staff:list': '只能查看本辖区的工作人员',
  'care:log': '只能为本网格（本辖区）的退役军人记录走访',
  'care:view': '只能查看本辖区的走访情况',
  'care:settings': '只有区退役军人事务局可以设置六必访事由',
  'care:campaign': '只有服务站、街道或区的工作人员可以在本辖区发起大走访',
  'assist:apply-for': '只能为本网格的退役军人代为申请',
  'assist:view': '只能查看本辖区的救助申请',
  'assist:review': '只有所在社区服务站可以审核该申请',
  'assist:approve-street': '只有所在街道或区可以审批该申请',
  'assist:approve-district': '该申请须由区退役军人事务局审批',
  'assist:disburse': '只有所在街道或区可以登记发放',
  'dashboard:view': '只能查看本辖区的统计数据',
};

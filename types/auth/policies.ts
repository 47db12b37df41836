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
  /** Reading a grid's group (target: the grid): its veterans, its team, the staff above it. */
  'group:read': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran', ...GRID_KEEPERS], t),
  /** Posting in a grid's group: its veterans and its team (staff above read and pin). */
  'group:post': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran', ...GRID_TEAM], t),
  /** Posting while the group is announcements-only: the grid team. */
  'group:announce': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_TEAM, t),
  /** 群公告 of a grid's group: its team and the staff above. */
  'group:pin': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Announcements-only switch of a grid's group: its leader and the staff above. */
  'group:mode': (c: CallerRoles, t: Placed) => holdsOver(c, ['grid_leader', ...AREA_STAFF], t),
  /** Explicit-member groups owned by an org node (target: the owner): staff over it. */
  'group:manage': (c: CallerRoles, t: Placed) => holdsOver(c, [...AREA_STAFF, 'recruitment_head', 'recruitment_staff', 'agency_staff'], t),
  /** Publishing a notice to a scope (target: the scope node): the grid team for their grid, staff in their jurisdiction. */
  'notice:publish': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Read receipts of a notice (target: its scope): staff over the scope (the publisher always). */
  'notice:receipts': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
} as const;

export type PolicyName = keyof typeof POLICIES;

export function can(caller: CallerRoles, policy: PolicyName, target: Placed): boolean {
  return POLICIES[policy](caller, target);
}

export const POLICY_DENIED_MESSAGES: Record<PolicyName, string> = {
  'registration:review': '只有本网格的网格员或上级工作人员可以审核登记',
  'staff:manage': '只有上级单位的管理员可以管理工作人员',
  'staff:list': '只能查看本辖区的工作人员',
  'group:read': '只能查看自己所在的群',
  'group:post': '只能在自己所在的网格群发言',
  'group:announce': '本群目前仅允许网格员发布公告',
  'group:pin': '只有网格员或上级工作人员可以设置群公告',
  'group:mode': '只有网格长或上级工作人员可以设置仅公告模式',
  'group:manage': '只能管理本单位的群',
  'notice:publish': '只能向自己管辖的范围发布通知',
  'notice:receipts': '只能查看本辖区通知的阅读情况',
};

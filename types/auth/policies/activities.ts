import { holdsOver, ownedBy, AREA_STAFF, GRID_KEEPERS, type CallerRoles, type Placed } from '../policy-kit';

/** Activities and volunteers. */
export const ACTIVITY_POLICIES = {
  /**
   * Organising activities of a node (target: the organiser node; a team's activity is owned by the team's
   * leader): its grid team and the staff over it, and the leader for their team's activities.
   */
  'activity:organise': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t) || ownedBy(c, t),
  /** Signing up (target: the audience node): a veteran whose own grid lies under it. */
  'activity:join': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'veteran' && r.orgPath.includes(t.orgPath[t.orgPath.length - 1])),
  /** Registering as a volunteer (target: the veteran's own file path): that veteran. */
  'volunteer:register': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'veteran' && r.orgId === t.orgPath[t.orgPath.length - 1]),
  /** Setting up a volunteer team of a community or street (target: its node): station, street, district staff. */
  'team:create': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /**
   * Managing a team's members (target: the team's node, owned by its leader's file): its leader, and the
   * staff over its node.
   */
  'team:manage': (c: CallerRoles, t: Placed) => ownedBy(c, t) || holdsOver(c, AREA_STAFF, t),
  /** A team's own activities (target: the team, owned by the caller's membership when they are a member). */
  'team:member': (c: CallerRoles, t: Placed) => ownedBy(c, t),
  /** Seeing and joining a team (target: its node): a veteran living under it. */
  'team:join': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'veteran' && r.orgPath.includes(t.orgPath[t.orgPath.length - 1])),
} as const;

export const ACTIVITY_DENIED: Record<keyof typeof ACTIVITY_POLICIES, string> = {
  'activity:organise': '只能组织和管理本单位（本辖区）的活动',
  'activity:join': '该活动不面向您所在的网格',
  'volunteer:register': '绑定档案的退役军人才能登记为志愿者',
  'team:create': '只有服务站、街道和区的工作人员可以组建本辖区的志愿服务队',
  'team:manage': '只有队长和上级工作人员可以管理志愿服务队的成员',
  'team:join': '只能加入本社区（本街道）的志愿服务队',
  'team:member': '该活动只面向本队队员',
};

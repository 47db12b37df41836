import { holdsOver, GRID_KEEPERS, type CallerRoles, type Placed } from '../policy-kit';

/** Activities and volunteers. */
export const ACTIVITY_POLICIES = {
  /** Organising activities of a node (target: the organiser node): its grid team and the staff over it. */
  'activity:organise': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Signing up (target: the audience node): a veteran whose own grid lies under it. */
  'activity:join': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'veteran' && r.orgPath.includes(t.orgPath[t.orgPath.length - 1])),
  /** Registering as a volunteer (target: the veteran's own file path): that veteran. */
  'volunteer:register': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'veteran' && r.orgId === t.orgPath[t.orgPath.length - 1]),
} as const;

export const ACTIVITY_DENIED: Record<keyof typeof ACTIVITY_POLICIES, string> = {
  'activity:organise': '只能组织和管理本单位（本辖区）的活动',
  'activity:join': '该活动不面向您所在的网格',
  'volunteer:register': '绑定档案的退役军人才能登记为志愿者',
};

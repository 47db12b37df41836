import { holdsOver, ownedBy, GRID_TEAM, GRID_KEEPERS, type CallerRoles, type Placed } from '../policy-kit';

/** Requests and grievances (诉求). */
export const REQUEST_POLICIES = {
  /** Filing a request for a veteran: the team of the veteran's grid. */
  'request:submitFor': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_TEAM, t),
  /** Following one's own request (add information, rate, reopen; target: the request, owned by its submitter). */
  'request:own': (c: CallerRoles, t: Placed) => ownedBy(c, t),
  /** One request's page: the person who asked (or was filed for) and the staff over it. */
  'request:view': (c: CallerRoles, t: Placed) => ownedBy(c, t) || holdsOver(c, GRID_KEEPERS, t),
  /** Seeing requests, figures and exports of a place: its grid team and the staff above it. */
  'request:oversee': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Taking a step on a request: staff of the org node that handles it now (target: that node's path). */
  'request:handle': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => GRID_KEEPERS.includes(r.role) && r.orgId === t.orgPath[t.orgPath.length - 1]),
} as const;

export const REQUEST_DENIED: Record<keyof typeof REQUEST_POLICIES, string> = {
  'request:submitFor': '只能为本网格的退役军人代为提交诉求',
  'request:own': '只能操作自己的诉求',
  'request:view': '只能查看自己的或本辖区的诉求',
  'request:oversee': '只能查看本辖区的诉求',
  'request:handle': '该诉求不在您的办理范围内',
};

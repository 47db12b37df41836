import { STAFF_ROLES, type RoleAssignment, type Role } from './roles';

/** What a policy knows of the caller. */
export interface CallerRoles {
  roles: RoleAssignment[];
  /** The ids that name the caller as a person (their openid, their own file's id): what owner policies match. */
  selfIds?: readonly string[];
  /** The files the caller acts for as a family member (代办, granted by a grid member's code). */
  actsFor?: readonly string[];
}

/** What a policy knows of the thing acted on: where it lies (its org path, district first). */
export interface Placed {
  orgPath: string[];
  /** For a thing a person owns (their request, report, feedback, file, notice): the ids naming that person. */
  ownerIds?: readonly (string | null | undefined)[];
}

/** Role groups, declared once: policies, resolvers and the UI read these. */
export const GRID_TEAM: Role[] = ['grid_leader', 'grid_member'];
export const AREA_STAFF: Role[] = ['station_staff', 'street_staff', 'district_staff'];
export const GRID_KEEPERS: Role[] = [...GRID_TEAM, ...AREA_STAFF];
export const RECRUITMENT_OFFICE: Role[] = ['recruitment_head', 'recruitment_staff'];
/** Every staff role (places and bodies alike). */
export const ANY_STAFF: Role[] = [...STAFF_ROLES];
/** Street and district staff: the full ledger, relief funds, second-level approvals. */
export const STREET_AND_DISTRICT: Role[] = ['street_staff', 'district_staff'];

/** True when one of the caller's assignments with one of `roles` covers `target` (its node or above). */
export function holdsOver(caller: CallerRoles, roles: Role[], target: Placed): boolean {
  return caller.roles.some((r) => roles.includes(r.role) && target.orgPath.includes(r.orgId));
}

/** True when the caller is the person who owns `target` (one of its owner ids is one of theirs). */
export function ownedBy(caller: CallerRoles, target: Placed): boolean {
  return (target.ownerIds ?? []).some((id) => Boolean(id) && (caller.selfIds ?? []).includes(id as string));
}

/** True when the caller owns `target` or acts for its owner as a family member. */
export function ownedOrActedFor(caller: CallerRoles, target: Placed): boolean {
  return (
    ownedBy(caller, target) ||
    (target.ownerIds ?? []).some((id) => Boolean(id) && (caller.actsFor ?? []).includes(id as string))
  );
}

/**
 * A seat from which one manages the staff of the nodes below it: an admin of its node, or a community's
 * service station, which manages the grid teams of its community (PRODUCT.md: station / street / district
 * staff "manage grids and staff").
 */
function managesStaffBelow(r: RoleAssignment): boolean {
  return r.isAdmin === true || r.role === 'station_staff';
}

/** True when one of the caller's seats that manages staff lies strictly above `target`'s own node. */
export function adminAbove(caller: CallerRoles, target: Placed): boolean {
  const own = target.orgPath[target.orgPath.length - 1];
  return caller.roles.some((r) => managesStaffBelow(r) && r.orgId !== own && target.orgPath.includes(r.orgId));
}

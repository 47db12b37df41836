import type { RoleAssignment } from './roles';
import type { CallerRoles, Placed } from './policy-kit';
import { PLACE_DENIED, PLACE_POLICIES } from './policies/places';
import { NOTICE_DENIED, NOTICE_POLICIES } from './policies/notices';
import { CARE_DENIED, CARE_POLICIES } from './policies/care';
import { FILE_DENIED, FILE_POLICIES } from './policies/files';
import { ASSIST_DENIED, ASSIST_POLICIES } from './policies/assist';
import { DASHBOARD_DENIED, DASHBOARD_POLICIES } from './policies/dashboard';
import { REQUEST_DENIED, REQUEST_POLICIES } from './policies/requests';
import { SUPERVISION_DENIED, SUPERVISION_POLICIES } from './policies/supervision';
import { ACTIVITY_DENIED, ACTIVITY_POLICIES } from './policies/activities';
import { PARTY_DENIED, PARTY_POLICIES } from './policies/party';

export * from './policy-kit';

/**
 * Named policies shared by the functions (which enforce them) and the UI (which hides what the caller
 * cannot do). A policy answers for one caller and one placed thing.
 */
export const POLICIES = {
  ...PLACE_POLICIES,
  ...NOTICE_POLICIES,
  ...CARE_POLICIES,
  ...FILE_POLICIES,
  ...ASSIST_POLICIES,
  ...DASHBOARD_POLICIES,
  ...REQUEST_POLICIES,
  ...SUPERVISION_POLICIES,
  ...ACTIVITY_POLICIES,
  ...PARTY_POLICIES,
} as const;

export type PolicyName = keyof typeof POLICIES;

export function can(caller: CallerRoles, policy: PolicyName, target: Placed): boolean {
  return POLICIES[policy](caller, target);
}

/**
 * The caller's widest assignment over whose own place the policy allows them: where they act from when
 * no thing is named (their district's settings and funds, an upload, the default node of a view).
 */
export function seatFor(caller: CallerRoles, policy: PolicyName): RoleAssignment | undefined {
  return [...caller.roles]
    .sort((a, b) => a.orgPath.length - b.orgPath.length)
    .find((r) => can(caller, policy, { orgPath: r.orgPath }));
}

/**
 * Each of the caller's assignments that by itself allows the policy at its own node (the grids a grid team
 * works, the nodes one may organise from), in the caller's order.
 */
export function seatsFor(caller: CallerRoles, policy: PolicyName): RoleAssignment[] {
  return caller.roles.filter((r) => seatAllows(r, policy));
}

/** True when this one assignment, by itself, allows the policy at its own node (what kind of seat it is). */
export function seatAllows(seat: RoleAssignment, policy: PolicyName): boolean {
  return can({ roles: [seat] }, policy, { orgPath: seat.orgPath });
}

/**
 * The caller's first assignment that by itself allows the policy over `target`: the seat they act from
 * there (whose name and post a record of the step carries).
 */
export function seatOver(caller: CallerRoles, policy: PolicyName, target: Placed): RoleAssignment | undefined {
  return caller.roles.find((r) => can({ roles: [r] }, policy, target));
}

/** A node below `seat`'s own, as a target: what a policy allows on the things under a post (its staff). */
const belowSeat = (seat: RoleAssignment): Placed => ({ orgPath: [...seat.orgPath, '(below)'] });

/** The caller's first assignment from which the policy allows them on what lies below its node (managing staff). */
export function seatForBelow(caller: CallerRoles, policy: PolicyName): RoleAssignment | undefined {
  return caller.roles.find((r) => can({ roles: [r] }, policy, belowSeat(r)));
}

/** True when the policy allows the caller somewhere (the UI: whether to offer the action at all). */
export function canSomewhere(caller: CallerRoles, policy: PolicyName): boolean {
  return seatFor(caller, policy) !== undefined;
}

export const POLICY_DENIED_MESSAGES: Record<PolicyName, string> = {
  ...PLACE_DENIED,
  ...NOTICE_DENIED,
  ...CARE_DENIED,
  ...FILE_DENIED,
  ...ASSIST_DENIED,
  ...DASHBOARD_DENIED,
  ...REQUEST_DENIED,
  ...SUPERVISION_DENIED,
  ...ACTIVITY_DENIED,
  ...PARTY_DENIED,
};

import type { RoleView, WhoAmI } from '@types-contract/account/whoami';
import {
  can,
  canSomewhere,
  seatFor,
  type CallerRoles,
  type Placed,
  type PolicyName,
} from '@types-contract/auth/policies';

/**
 * The UI decides what to offer with the same named policies the functions enforce (types/auth/policies.ts),
 * never with role names of its own; the functions check again.
 */
export function callerRoles(who: WhoAmI | undefined): CallerRoles {
  return {
    roles: (who?.roles ?? []).map((r) => ({ role: r.role, orgId: r.orgId, orgPath: r.orgPath, isAdmin: r.isAdmin })),
  };
}

/** The policy allows the person on a thing at `place`. */
export function mayAt(who: WhoAmI | undefined, policy: PolicyName, place: Placed): boolean {
  return can(callerRoles(who), policy, place);
}

/** The policy allows the person from one of their own posts (whether to offer the action at all). */
export function mayAnywhere(who: WhoAmI | undefined, policy: PolicyName): boolean {
  return canSomewhere(callerRoles(who), policy);
}

/** The person's post from which the policy allows them at their own node (the widest), as whoami shows it. */
export function seatWhere(who: WhoAmI | undefined, policy: PolicyName): RoleView | undefined {
  const seat = seatFor(callerRoles(who), policy);
  return seat && who?.roles.find((r) => r.role === seat.role && r.orgId === seat.orgId);
}

import type { RoleView, WhoAmI } from '@types-contract/account/whoami';
import {
  can,
  canSomewhere,
  seatFor,
  seatForBelow,
  seatsFor,
  type CallerRoles,
  type Placed,
  type PolicyName,
} from '@types-contract/auth/policies';

/** Whose posts: whoami's answer, or just its roles. */
type Person = Pick<WhoAmI, 'roles'> | undefined;

/**
 * The UI decides what to offer with the same named policies the functions enforce (types/auth/policies.ts),
 * never with role names of its own; the functions check again. This is the one file of src/ that reads
 * role names (tests/architecture/boundaries.test.ts).
 */
export function callerRoles(who: Person): CallerRoles {
  return {
    roles: (who?.roles ?? []).map((r) => ({ role: r.role, orgId: r.orgId, orgPath: r.orgPath, isAdmin: r.isAdmin })),
  };
}

/** The policy allows the person on a thing at `place`. */
export function mayAt(who: Person, policy: PolicyName, place: Placed): boolean {
  return can(callerRoles(who), policy, place);
}

/** The policy allows the person from one of their own posts (whether to offer the action at all). */
export function mayAnywhere(who: Person, policy: PolicyName): boolean {
  return canSomewhere(callerRoles(who), policy);
}

const viewOf = (who: Person, seat: { role: string; orgId: string }) =>
  who?.roles.find((r) => r.role === seat.role && r.orgId === seat.orgId);

/** The person's post from which the policy allows them at their own node (the widest), as whoami shows it. */
export function seatWhere(who: Person, policy: PolicyName): RoleView | undefined {
  const seat = seatFor(callerRoles(who), policy);
  return seat && viewOf(who, seat);
}

/** True when the policy allows the person on what lies below one of their posts (managing the staff under it). */
export function mayBelow(who: Person, policy: PolicyName): boolean {
  return seatForBelow(callerRoles(who), policy) !== undefined;
}

/** The person's post from which the policy allows them on what lies below it, as whoami shows it. */
export function seatWhereBelow(who: Person, policy: PolicyName): RoleView | undefined {
  const seat = seatForBelow(callerRoles(who), policy);
  return seat && viewOf(who, seat);
}

/** Each of the person's posts that by itself allows the policy at its own node, in whoami's order. */
export function seatsWhere(who: Person, policy: PolicyName): RoleView[] {
  return seatsFor(callerRoles(who), policy).flatMap((seat) => viewOf(who, seat) ?? []);
}

/** A post held over a place or a body (staff, supervisor, party post), as against a veteran's own grid or party membership. */
export { isPost } from '@types-contract/auth/roles';

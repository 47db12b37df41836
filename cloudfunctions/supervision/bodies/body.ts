import type { PolicyName } from '../../../types/auth/policies';
import type { RoleAssignment } from '../../../types/auth/roles';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';

/** The recruitment office or agency an action works on: an org unit. */
export interface Body {
  bodyId: string;
  bodyPath: string[];
}

/**
 * The body the caller acts for: the org of their widest assignment over which the named policy allows
 * them (so the denial message is the policy's own).
 */
export async function bodyFor(
  ctx: ActionContext,
  policy: PolicyName,
): Promise<Body & { caller: Caller; role: RoleAssignment }> {
  const { me: caller, seat: role } = await ctx.authorizeSeat(policy);
  return { bodyId: role.orgId, bodyPath: role.orgPath, caller, role };
}

/** The staff id the caller acts as in a body (for who-did-what of staff; never of supervisors). */
export function staffIdIn(caller: Caller, bodyId: string): string {
  return caller.roles.find((r) => r.staffId && r.orgId === bodyId)?.staffId ?? caller.openid;
}

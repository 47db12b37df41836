import { AppError } from '../../../types/common/errors';
import { POLICY_DENIED_MESSAGES, type PolicyName } from '../../../types/auth/policies';
import type { Role, RoleAssignment } from '../../../types/auth/roles';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';

/** The recruitment office or agency an action works on: an org unit. */
export interface Body {
  bodyId: string;
  bodyPath: string[];
}

export const OFFICE_ROLES: Role[] = ['recruitment_head', 'recruitment_staff'];

/**
 * The body the caller acts for: the org of their first assignment with one of `roles`, then checked
 * against the named policy (so the denial message is the policy's own).
 */
export async function bodyFor(
  ctx: ActionContext,
  policy: PolicyName,
  roles: Role[],
): Promise<Body & { caller: Caller; role: RoleAssignment }> {
  const caller = await ctx.caller();
  const role = caller.roles.find((r) => roles.includes(r.role));
  if (!role) throw new AppError('FORBIDDEN', POLICY_DENIED_MESSAGES[policy]);
  await ctx.authorize(policy, { orgPath: role.orgPath });
  return { bodyId: role.orgId, bodyPath: role.orgPath, caller, role };
}

/** The staff id the caller acts as in a body (for who-did-what of staff; never of supervisors). */
export function staffIdIn(caller: Caller, bodyId: string): string {
  return caller.roles.find((r) => r.staffId && r.orgId === bodyId)?.staffId ?? caller.openid;
}

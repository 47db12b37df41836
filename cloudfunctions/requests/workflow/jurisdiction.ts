import { AppError } from '../../../types/common/errors';
import type { OrgKind } from '../../../types/org/model';
import { denied, type ActionContext } from '../../_kernel/action';
import { can, type PolicyName } from '../../../types/auth/policies';
import { PLACE_KINDS } from '../../_domain/jurisdiction';

/** The org node a staff view is about (id, path, kind; its name only when read). */
export interface StaffNode {
  _id: string;
  path: string[];
  kind: OrgKind;
  name?: string;
}

/**
 * The node a staff view of requests is about: the one asked for, or the caller's own FIRST seat (where
 * `widestKeeperSeat` in _domain/jurisdiction takes the widest: the two differ only for someone seated at two
 * levels, and requests keep the first). A node the caller sits on is known from their roles without a read;
 * another node is read (and must exist). It does not authorize: each action checks its policy on the node.
 */
export async function staffNode(ctx: ActionContext, orgId: string | undefined, policy: PolicyName): Promise<StaffNode> {
  const me = await ctx.caller();
  const seats = me.roles.filter((r) => r.staffId && can(me, policy, { orgPath: r.orgPath }));
  if (!seats.length) throw denied(policy);
  const own = seats.find((r) => r.orgId === (orgId ?? seats[0].orgId));
  if (own) return { _id: own.orgId, path: own.orgPath, kind: PLACE_KINDS[own.orgPath.length - 1] };
  const node = await ctx.read.byId<StaffNode & { kind: OrgKind | 'unit' }>('orgs', orgId as string);
  const place = node && node.kind !== 'unit' ? node : null;
  const { thing } = await ctx.authorizeFound(
    policy,
    place,
    new AppError('NOT_FOUND', '没有找到该单位', 'orgId'),
    (n) => ({
      orgPath: n.path,
    }),
  );
  return thing;
}

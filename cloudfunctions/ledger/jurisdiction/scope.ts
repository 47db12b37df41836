import { AppError } from '../../../types/common/errors';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';
import { placeKey, widestKeeperSeat } from '../../_domain/jurisdiction';

/**
 * The org node a ledger action covers: the one asked for, or the caller's widest place jurisdiction.
 * Units (征兵办, agencies) are not places and hold no ledger. Unlike `nodeFor` it does not authorize: each
 * ledger action checks its own policy (ledger:read or ledger:full) on the node.
 */
export async function ledgerOrg(ctx: ActionContext, me: Caller, orgId: string | undefined): Promise<OrgDoc> {
  const id = orgId ?? widestKeeperSeat(me)?.orgId;
  if (!id) throw new AppError('FORBIDDEN', '只有网格员和退役军人服务机构的工作人员可以查看台账');
  const org = await ctx.read.byId<OrgDoc>('orgs', id);
  if (!org || org.kind === 'unit') throw new AppError('NOT_FOUND', '没有找到该地区', 'orgId');
  return org;
}

/** The veterans' where-clause for every file placed under `org` (the path element at its depth). */
export function filesUnder(org: OrgDoc): Record<string, string> {
  return { [placeKey(org.kind)]: org._id };
}

/** The caller's own grid (a grid leader's or member's), for the roster's default. */
export function ownGridId(me: Caller): string {
  const seat = me.staff.find((s) => s.role === 'grid_leader' || s.role === 'grid_member');
  if (!seat) throw new AppError('INVALID_INPUT', '请选择网格', 'gridId');
  return seat.orgId;
}

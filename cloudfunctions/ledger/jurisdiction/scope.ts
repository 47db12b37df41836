import { AppError } from '../../../types/common/errors';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';

const PLACE_KINDS = ['district', 'street', 'community', 'grid'];
const KEEPER_ROLES: string[] = ['grid_leader', 'grid_member', 'station_staff', 'street_staff', 'district_staff'];

/**
 * The org node a ledger action covers: the one asked for, or the caller's widest place jurisdiction.
 * Units (征兵办, agencies) are not places and hold no ledger.
 */
export async function ledgerOrg(ctx: ActionContext, me: Caller, orgId: string | undefined): Promise<OrgDoc> {
  const keepers = me.staff.filter((s) => KEEPER_ROLES.includes(s.role));
  const id = orgId ?? [...keepers].sort((a, b) => a.orgPath.length - b.orgPath.length)[0]?.orgId;
  if (!id) throw new AppError('FORBIDDEN', '只有网格员和退役军人服务机构的工作人员可以查看台账');
  const org = await ctx.read.byId<OrgDoc>('orgs', id);
  if (!org || !PLACE_KINDS.includes(org.kind)) throw new AppError('NOT_FOUND', '没有找到该地区', 'orgId');
  return org;
}

/** The veterans' where-clause for every file placed under `org` (the path element at its depth). */
export function filesUnder(org: OrgDoc): Record<string, string> {
  return org.kind === 'grid' ? { gridId: org._id } : { [`orgPath.${org.path.length - 1}`]: org._id };
}

/** The caller's own grid (a grid leader's or member's), for the roster's default. */
export function ownGridId(me: Caller): string {
  const seat = me.staff.find((s) => s.role === 'grid_leader' || s.role === 'grid_member');
  if (!seat) throw new AppError('INVALID_INPUT', '请选择网格', 'gridId');
  return seat.orgId;
}

import { AppError } from '../../../types/common/errors';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';

const REQUEST_STAFF = new Set(['grid_leader', 'grid_member', 'station_staff', 'street_staff', 'district_staff']);

/** The org node a staff view is about: the one asked for, or the caller's own (first) seat. */
export async function staffNode(ctx: ActionContext, orgId: string | undefined): Promise<OrgDoc> {
  const me = await ctx.caller();
  const seat = me.roles.find((r) => REQUEST_STAFF.has(r.role));
  if (!seat) throw new AppError('FORBIDDEN', '只有网格员和各级服务站（中心）工作人员可以查看诉求');
  const id = orgId ?? seat.orgId;
  const node = await ctx.read.byId<OrgDoc>('orgs', id);
  if (!node || node.kind === 'unit') throw new AppError('NOT_FOUND', '没有找到该单位', 'orgId');
  return node;
}

/** The indexed path that places a request under `node`: orgPath.<depth of the node>. */
export function pathKey(node: OrgDoc): string {
  return `orgPath.${node.path.length - 1}`;
}

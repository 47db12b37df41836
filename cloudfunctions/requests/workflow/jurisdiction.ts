import { AppError } from '../../../types/common/errors';
import type { OrgKind } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';

const REQUEST_STAFF = new Set(['grid_leader', 'grid_member', 'station_staff', 'street_staff', 'district_staff']);
const KIND_AT_DEPTH: OrgKind[] = ['district', 'street', 'community', 'grid'];

/** The org node a staff view is about (id, path, kind; its name only when read). */
export interface StaffNode {
  _id: string;
  path: string[];
  kind: OrgKind;
  name?: string;
}

/**
 * The node a staff view is about: the one asked for, or the caller's own (first) seat. A node the caller
 * sits on is known from their roles without a read; another node is read (and must exist).
 */
export async function staffNode(ctx: ActionContext, orgId: string | undefined): Promise<StaffNode> {
  const me = await ctx.caller();
  const seats = me.roles.filter((r) => REQUEST_STAFF.has(r.role));
  if (!seats.length) throw new AppError('FORBIDDEN', '只有网格员和各级服务站（中心）工作人员可以查看诉求');
  const own = seats.find((r) => r.orgId === (orgId ?? seats[0].orgId));
  if (own) return { _id: own.orgId, path: own.orgPath, kind: KIND_AT_DEPTH[own.orgPath.length - 1] };
  const node = await ctx.read.byId<StaffNode & { kind: OrgKind | 'unit' }>('orgs', orgId as string);
  if (!node || node.kind === 'unit') throw new AppError('NOT_FOUND', '没有找到该单位', 'orgId');
  return node;
}

/** The indexed path that places a request under `node`: orgPath.<depth of the node>. */
export function pathKey(node: StaffNode): string {
  return `orgPath.${node.path.length - 1}`;
}

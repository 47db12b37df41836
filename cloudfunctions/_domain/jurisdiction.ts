import type { OrgDoc } from '../../types/org/model';
import type { PolicyName } from '../../types/auth/policies';
import { AppError } from '../../types/common/errors';
import type { ActionContext } from '../_kernel/action';

const LEVEL: Record<string, number> = {
  district_staff: 0,
  street_staff: 1,
  station_staff: 2,
  grid_leader: 3,
  grid_member: 3,
};

/**
 * The org node an overview asks for: `orgId` when given (and the policy allows the caller over it),
 * otherwise the caller's own widest place jurisdiction (district > street > community > grid).
 */
export async function nodeFor(ctx: ActionContext, orgId: string | null, policy: PolicyName): Promise<OrgDoc> {
  const me = await ctx.caller();
  let id = orgId;
  if (!id) {
    const own = me.roles.filter((r) => r.role in LEVEL).sort((a, b) => LEVEL[a.role] - LEVEL[b.role])[0];
    if (!own) throw new AppError('FORBIDDEN', '只有网格员和工作人员可以查看');
    id = own.orgId;
  }
  const node = await ctx.read.byId<OrgDoc>('orgs', id);
  if (!node || node.kind === 'unit') throw new AppError('NOT_FOUND', '没有找到该单位', 'orgId');
  await ctx.authorize(policy, { orgPath: node.path });
  return node;
}

/** The path field that holds a node's id for documents below it: orgPath.<depth>. */
export function pathField(node: OrgDoc): string {
  return `orgPath.${node.path.length - 1}`;
}

/** The caller's display name for steps and records. */
export async function callerName(
  ctx: ActionContext,
): Promise<{ name: string; staffId: string | null; openid: string }> {
  const me = await ctx.caller();
  const staff = me.staff[0];
  return { name: staff?.name ?? me.veteran?.name ?? '用户', staffId: staff?._id ?? null, openid: me.openid };
}

import type { OrgDoc, OrgKind } from '../../types/org/model';
import { seatsFor, type PolicyName } from '../../types/auth/policies';
import { AppError } from '../../types/common/errors';
import type { ActionContext } from '../_kernel/action';

/**
 * The org node an overview asks for: `orgId` when given (and the policy allows the caller over it),
 * otherwise the caller's own widest place jurisdiction (district > street > community > grid).
 */
export async function nodeFor(
  ctx: ActionContext,
  orgId: string | null | undefined,
  policy: PolicyName,
): Promise<OrgDoc> {
  const id = orgId ?? (await ctx.authorizeSeat(policy)).seat.orgId;
  return placeFound(ctx, policy, await ctx.read.byId<OrgDoc>('orgs', id), '没有找到该单位');
}

/**
 * A place looked up by id (units are not places), once `policy` allows the caller over it: a missing one
 * answers as a foreign one (`authorizeFound`).
 */
export async function placeFound(
  ctx: ActionContext,
  policy: PolicyName,
  node: OrgDoc | null,
  missing: string,
): Promise<OrgDoc> {
  const place = node && node.kind !== 'unit' ? node : null;
  const found = await ctx.authorizeFound(policy, place, new AppError('NOT_FOUND', missing, 'orgId'), (o) => ({
    orgPath: o.path,
  }));
  return found.thing;
}

/**
 * The org nodes directly under `node`, in their display order: its places (a grid has none), and with
 * `units` also the units (征兵办, agencies) it holds. The one query of a node's children.
 */
export async function childrenOf(
  ctx: Pick<ActionContext, 'read' | '_'>,
  node: Pick<OrgDoc, '_id' | 'kind'>,
  { units = false }: { units?: boolean } = {},
): Promise<OrgDoc[]> {
  if (node.kind === 'grid' && !units) return [];
  return ctx.read.many<OrgDoc>(
    'orgs',
    units ? { parentId: node._id } : { parentId: node._id, kind: ctx._.neq('unit') },
    { limit: 1000, orderBy: [['order', 'asc']] },
  );
}

/** Place kinds from the top: the id of a place of kind PLACE_KINDS[d] is orgPath[d] of every document under it. */
export const PLACE_KINDS = ['district', 'street', 'community', 'grid'] as const;

/** The indexed field holding, in documents placed under them, the id of the node at `depth`: orgPath.<depth>. */
export function orgPathKey(depth: number): string {
  return `orgPath.${depth}`;
}

/** The field that places a document under `node`: orgPath.<depth of the node>. */
export function pathKey(node: { path: readonly string[] }): string {
  return orgPathKey(node.path.length - 1);
}

/**
 * The same for collections that carry `gridId` beside `orgPath` (veterans, visitTasks): a grid is matched
 * on `gridId`, the field their indexes start with, any other place on orgPath.<depth>.
 */
export function placeKey(kind: OrgKind): string {
  return kind === 'grid' ? 'gridId' : orgPathKey(PLACE_KINDS.indexOf(kind as (typeof PLACE_KINDS)[number]));
}

/** The caller's display name for steps and records. */
export async function callerName(
  ctx: ActionContext,
): Promise<{ name: string; staffId: string | null; openid: string }> {
  const me = await ctx.caller();
  const staff = me.staff[0];
  return { name: staff?.name ?? me.veteran?.name ?? '用户', staffId: staff?._id ?? null, openid: me.openid };
}

/**
 * The grids a grid queue (registrations, corrections) lists: the one asked for, once `policy` allows the
 * caller over it, or every grid the caller is on the team of (the policy grid:work, as the app offers it).
 */
export async function queueGrids(
  ctx: ActionContext,
  gridId: string | undefined,
  policy: PolicyName,
): Promise<string[]> {
  if (gridId) {
    const grid = await ctx.read.byId<OrgDoc>('orgs', gridId);
    if (grid?.kind !== 'grid') throw new AppError('NOT_FOUND', '网格不存在', 'gridId');
    await ctx.authorize(policy, { orgPath: grid.path });
    return [gridId];
  }
  const me = await ctx.caller();
  const gridIds = seatsFor(me, 'grid:work').map((r) => r.orgId);
  if (!gridIds.length) throw new AppError('INVALID_INPUT', '请选择网格', 'gridId');
  return gridIds;
}

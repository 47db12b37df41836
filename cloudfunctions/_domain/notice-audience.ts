import type { NoticeDoc } from '../../types/notices/model';
import type { ActionContext } from '../_kernel/action';
import { placeKey } from './jurisdiction';
import { rollupsOf } from './rollups/read';

/**
 * A notice's audience, as the receipts and the dashboard count it: the bound veterans living in its scope.
 * (Who may open a notice is `reachingScopes` in notices/reach; this is who it is meant for.)
 */
export function audienceWhere(ctx: ActionContext, n: Pick<NoticeDoc, 'scopeKind' | 'scopeOrgId'>) {
  return { [placeKey(n.scopeKind)]: n.scopeOrgId, lifeStatus: 'in_district', openid: ctx._.gt('') };
}

/**
 * How many that audience holds for each scope node: the `bound` counter of the node's rollup (the same
 * people as audienceWhere, kept by every write of a file), one read for all the scopes however many
 * veterans they hold.
 */
export async function audienceSizes(ctx: ActionContext, scopeOrgIds: readonly string[]): Promise<Map<string, number>> {
  const rollups = await rollupsOf(ctx, scopeOrgIds);
  return new Map(scopeOrgIds.map((id) => [id, rollups.get(id)?.bound ?? 0]));
}

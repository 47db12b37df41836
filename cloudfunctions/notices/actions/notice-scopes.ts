import { noticeScopes } from '../../../types/notices/contracts';
import type { OrgDoc } from '../../../types/org/model';
import type { ScopeOption } from '../../../types/notices/views';
import { can } from '../../../types/auth/policies';
import { isPost } from '../../../types/auth/roles';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';
import { childrenOf } from '../../_domain/jurisdiction';

const PLACES = ['district', 'street', 'community', 'grid'];
const option = (o: OrgDoc): ScopeOption => ({ orgId: o._id, name: o.name, kind: o.kind as ScopeOption['kind'] });

/** The scope picker: first the caller's own jurisdictions, then the places under a chosen one. */
export default defineAction(noticeScopes, async ({ parentId }, ctx) => {
  const me = await ctx.caller();
  if (!parentId) {
    const own = me.roles.filter((r) => isPost(r) && can(me, 'notice:publish', { orgPath: r.orgPath }));
    const orgs = await orgsById(
      ctx.db,
      ctx.read,
      own.map((r) => r.orgId),
    );
    return {
      items: own
        .map((r) => orgs.get(r.orgId))
        .filter((o): o is OrgDoc => Boolean(o) && PLACES.includes((o as OrgDoc).kind))
        .map(option),
    };
  }
  const parent = await ctx.read.byId<OrgDoc>('orgs', parentId);
  if (!parent || !PLACES.includes(parent.kind)) throw new AppError('NOT_FOUND', '没有找到该单位', 'parentId');
  await ctx.authorize('notice:publish', { orgPath: parent.path });
  return { items: (await childrenOf(ctx, parent)).map(option) };
});

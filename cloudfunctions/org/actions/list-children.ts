import { listChildren } from '../../../types/org/queries';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { childrenOf } from '../../_domain/jurisdiction';

const PLACES = ['street', 'community', 'grid'];

/** Any WeChat user may walk the district's places (the registration picker needs it). */
export default defineAction(listChildren, async ({ parentId, includeUnits }, ctx) => {
  await ctx.caller();
  let docs: OrgDoc[];
  if (parentId) {
    const parent = await ctx.read.byId<OrgDoc>('orgs', parentId);
    if (!parent || (!PLACES.includes(parent.kind) && parent.kind !== 'district'))
      throw new AppError('NOT_FOUND', '没有找到该单位', 'parentId');
    docs = await childrenOf(ctx, parent, { units: includeUnits });
  } else {
    // The district's streets (the district itself is not named).
    docs = await ctx.read.many<OrgDoc>('orgs', { kind: 'street' }, { limit: 1000, orderBy: [['order', 'asc']] });
  }
  return { items: docs.map((d) => ({ id: d._id, name: d.name, kind: d.kind })) };
});

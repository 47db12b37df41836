import { listChildren } from '../../../types/org/queries';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';

const PLACES = ['street', 'community', 'grid'];

/** Any WeChat user may walk the district's places (the registration picker needs it). */
export default defineAction(listChildren, async ({ parentId, includeUnits }, { read, _, caller }) => {
  await caller();
  if (parentId) {
    const parent = await read.byId<OrgDoc>('orgs', parentId);
    if (!parent || (!PLACES.includes(parent.kind) && parent.kind !== 'district'))
      throw new AppError('NOT_FOUND', '没有找到该单位', 'parentId');
  }
  const kinds = includeUnits ? [...PLACES, 'unit'] : PLACES;
  const where = parentId ? { parentId, kind: _.in(kinds) } : { kind: 'street' };
  const docs = await read.many<OrgDoc>('orgs', where, { limit: 1000, orderBy: [['order', 'asc']] });
  return { items: docs.map((d) => ({ id: d._id, name: d.name, kind: d.kind })) };
});

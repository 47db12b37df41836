import { listVisits } from '../../../types/care/visits';
import type { VisitDoc } from '../../../types/care/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { careSettingsOf } from '../../_domain/care/settings';
import { nodeFor } from '../../_domain/jurisdiction';
import { tempUrls } from '../../_kernel/uploads';
import { visitView } from '../lib/views';

/** Visits of one veteran (their grid team, staff above, or the veteran themselves), or of a grid. */
export default defineAction(listVisits, async ({ veteranId, gridId, limit }, ctx) => {
  let where: object;
  let districtId: string;
  if (veteranId) {
    const veteran = await ctx.read.byId<VeteranDoc>('veterans', veteranId);
    if (!veteran) throw new AppError('NOT_FOUND', '没有找到该退役军人', 'veteranId');
    const me = await ctx.caller();
    if (me.veteran?._id !== veteran._id) await ctx.authorize('care:view', { orgPath: veteran.orgPath });
    where = { veteranId };
    districtId = veteran.orgPath[0];
  } else {
    const node = await nodeFor(ctx, gridId, 'care:view');
    if (node.kind !== 'grid') throw new AppError('INVALID_INPUT', '请选择网格', 'gridId');
    where = { gridId: node._id };
    districtId = node.path[0];
  }
  const [docs, settings] = await Promise.all([
    ctx.read.many<VisitDoc>('visits', where, { limit, orderBy: [['date', 'desc']] }),
    careSettingsOf(ctx.read, districtId),
  ]);
  const urls = await tempUrls(
    ctx,
    docs.flatMap((v) => v.photos),
  );
  return { items: docs.map((v) => visitView(v, settings.occasions, urls)) };
});

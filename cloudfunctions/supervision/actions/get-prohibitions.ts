import { getProhibitions } from '../../../types/supervision/recruitment';
import type { ProhibitionsDoc } from '../../../types/supervision/model';
import { defineAction } from '../../_kernel/action';
import { bodyFor } from '../bodies/body';
import { DEFAULT_PROHIBITIONS } from '../../../types/supervision/prohibitions';

export default defineAction(getProhibitions, async (_input, ctx) => {
  const { bodyId } = await bodyFor(ctx, 'recruitment:read');
  const doc = await ctx.read.byId<ProhibitionsDoc>('recruitmentProhibitions', bodyId);
  return { items: doc?.items ?? DEFAULT_PROHIBITIONS, updatedAt: doc ? doc.updatedAt.toISOString() : null };
});

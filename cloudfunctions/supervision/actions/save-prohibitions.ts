import { saveProhibitions } from '../../../types/supervision/recruitment';
import type { ProhibitionsDoc } from '../../../types/supervision/model';
import { defineAction } from '../../_kernel/action';
import { bodyFor, staffIdIn } from '../bodies/body';

export default defineAction(saveProhibitions, async ({ items }, ctx) => {
  const { bodyId, caller } = await bodyFor(ctx, 'recruitment:manage');
  const doc: Omit<ProhibitionsDoc, '_id'> = { items, updatedAt: ctx.now, updatedBy: staffIdIn(caller, bodyId) };
  await ctx.db.collection('recruitmentProhibitions').doc(bodyId).set({ data: doc });
  return { items, updatedAt: ctx.now.toISOString() };
});

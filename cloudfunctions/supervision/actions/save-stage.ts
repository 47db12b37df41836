import { saveStage } from '../../../types/supervision/recruitment';
import type { StageDoc } from '../../../types/supervision/model';
import { defineAction } from '../../_kernel/action';
import { bodyFor } from '../bodies/body';
import { stageView } from '../bodies/stages';

/** One stage per kind and year (its id says so); saving again moves its dates. */
export default defineAction(saveStage, async (input, ctx) => {
  const { bodyId, bodyPath } = await bodyFor(ctx, 'recruitment:manage');
  const id = `stg-${bodyId}-${input.year}-${input.kind}`;
  const existing = await ctx.read.byId<StageDoc>('recruitmentStages', id);
  const doc: Omit<StageDoc, '_id'> = { bodyId, bodyPath, ...input, createdAt: existing?.createdAt ?? ctx.now };
  await ctx.db.collection('recruitmentStages').doc(id).set({ data: doc });
  return stageView({ _id: id, ...doc });
});

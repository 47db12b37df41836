import { listStages } from '../../../types/supervision/recruitment';
import type { StageDoc } from '../../../types/supervision/model';
import { STAGE_KINDS } from '../../../types/supervision/model';
import { defineAction } from '../../_kernel/action';
import { bodyFor } from '../bodies/body';
import { stageView } from '../bodies/stages';

/** The stages of a year (the latest year that has any when none is named), in the order of the process. */
export default defineAction(listStages, async ({ year }, ctx) => {
  const { bodyId } = await bodyFor(ctx, 'recruitment:read');
  const where = year ? { bodyId, year } : { bodyId };
  const stages = await ctx.read.many<StageDoc>('recruitmentStages', where, { limit: 50, orderBy: [['year', 'desc']] });
  const latest = year ?? stages[0]?.year;
  return {
    items: stages
      .filter((s) => s.year === latest)
      .sort((a, b) => STAGE_KINDS.indexOf(a.kind) - STAGE_KINDS.indexOf(b.kind))
      .map(stageView),
  };
});

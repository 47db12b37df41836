import { recordOccasion } from '../../../types/care/tasks';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { callerName } from '../../_domain/jurisdiction';
import { createVisitTask } from '../../_domain/care/visit-tasks';

/** A grid member records an occasion (hospitalisation, misfortune, dispute...): the grid owes a visit by the due date. */
export default defineAction(recordOccasion, async ({ veteranId, occasion, note }, ctx) => {
  const veteran = await ctx.read.byId<VeteranDoc>('veterans', veteranId);
  if (!veteran) throw new AppError('NOT_FOUND', '没有找到该退役军人', 'veteranId');
  await ctx.authorize('care:log', { orgPath: veteran.orgPath });
  const who = await callerName(ctx);
  const task = await createVisitTask(ctx, {
    veteranId,
    occasion,
    source: 'grid',
    note,
    createdBy: who.staffId ?? who.openid,
  });
  return { taskId: task._id, dueAt: task.dueAt.toISOString() };
});

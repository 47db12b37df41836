import { markVisitOccasion } from '../../../types/requests/visit-occasion';
import type { RequestDoc } from '../../../types/requests/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { createVisitTask } from '../../_domain/care/visit-tasks';
import { handlerPlace } from '../../../types/requests/levels';

/** Only the staff handling the request now may raise a visit task from it. */
export default defineAction(markVisitOccasion, async ({ id, occasion, note }, ctx) => {
  // A missing request answers as one the caller does not handle.
  const { me, thing: doc } = await ctx.authorizeFound(
    'request:handle',
    await ctx.read.byId<RequestDoc>('requests', id),
    new AppError('NOT_FOUND', '没有找到该诉求', 'id'),
    handlerPlace,
  );
  const staffId = me.roles.find((r) => r.staffId && doc.orgPath.includes(r.orgId))?.staffId ?? me.openid;
  const task = await createVisitTask(ctx, {
    veteranId: doc.veteranId,
    occasion,
    source: 'request',
    sourceId: doc._id,
    note: note || `诉求 ${doc.refNo}`,
    createdBy: staffId,
  });
  return { taskId: task._id, occasionLabel: task.occasionLabel, dueAt: task.dueAt.toISOString() };
});

import { listTasks } from '../../../types/care/tasks';
import type { VisitTaskDoc } from '../../../types/care/model';
import { defineAction } from '../../_kernel/action';
import { nodeFor, placeKey } from '../../_domain/jurisdiction';
import { taskView } from '../lib/views';

/** Open visit tasks over a node, soonest due first; overdue ones flagged (or only those). */
export default defineAction(listTasks, async ({ orgId, overdueOnly }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'care:view');
  const field = placeKey(node.kind);
  const due = overdueOnly ? { dueAt: ctx._.lt(ctx.now) } : {};
  const [docs, overdue] = await Promise.all([
    ctx.read.many<VisitTaskDoc>(
      'visitTasks',
      { [field]: node._id, status: 'open', ...due },
      { limit: 200, orderBy: [['dueAt', 'asc']] },
    ),
    ctx.read.count('visitTasks', { [field]: node._id, status: 'open', dueAt: ctx._.lt(ctx.now) }),
  ]);
  return { items: docs.map((t) => taskView(t, ctx.now)), overdue };
});

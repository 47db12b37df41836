import { feedbackFigures } from '../../../types/supervision/feedback';
import { FEEDBACK_STATUSES, type FeedbackDoc } from '../../../types/supervision/feedback-model';
import { defineAction } from '../../_kernel/action';
import { bodyFor } from '../bodies/body';
import { isOverdue } from '../feedback/views';

/** How the agency is doing: feedback by status and how much was rectified on time. */
export default defineAction(feedbackFigures, async (_input, ctx) => {
  const { bodyId } = await bodyFor(ctx, 'feedback:handle');
  const docs = await ctx.read.many<FeedbackDoc>('conductFeedback', { bodyId }, { limit: 1000 });
  const rects = docs.flatMap((d) => (d.rectification ? [d.rectification] : []));
  const done = rects.filter((r) => r.doneAt);
  const doneOnTime = done.filter((r) => r.doneOnTime).length;
  const overdue = rects.filter((r) => isOverdue(r, ctx.now)).length;
  const due = done.length + overdue;
  return {
    total: docs.length,
    byStatus: Object.fromEntries(
      FEEDBACK_STATUSES.map((s) => [s, docs.filter((d) => d.status === s).length]),
    ) as Record<(typeof FEEDBACK_STATUSES)[number], number>,
    rectifications: rects.length,
    done: done.length,
    doneOnTime,
    overdue,
    onTimeRate: due ? Math.round((doneOnTime / due) * 100) : null,
  };
});

import { feedbackFigures } from '../../../types/supervision/feedback';
import { FEEDBACK_STATUSES, type FeedbackDoc, type Rectification } from '../../../types/supervision/feedback-model';
import { endOfShanghaiDay } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { bodyFor } from '../bodies/body';
import { isOverdue } from '../feedback/views';

/** How the agency is doing: feedback by status and how much was rectified on time. */
export default defineAction(feedbackFigures, async (_input, ctx) => {
  const { bodyId } = await bodyFor(ctx, 'feedback:handle');
  const docs = await ctx.read.many<FeedbackDoc>('conductFeedback', { bodyId }, { limit: 1000 });
  const rects = docs.flatMap((d) => (d.rectification ? [d.rectification] : []));
  // A rectification the supervisor disputed is not done: the agency must answer and rectify again.
  const disputed = new Set(docs.filter((d) => d.status === 'disputed').map((d) => d.rectification));
  const done = rects.filter((r) => r.doneAt && !disputed.has(r));
  const doneOnTime = done.filter((r) => r.doneOnTime).length;
  const pastDeadline = (r: Rectification) => ctx.now.getTime() >= endOfShanghaiDay(r.deadline).getTime();
  const overdue = rects.filter((r) => isOverdue(r, ctx.now) || (disputed.has(r) && pastDeadline(r))).length;
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

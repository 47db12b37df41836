import { answerFeedback } from '../../../types/supervision/feedback';
import { defineAction } from '../../_kernel/action';
import { changeAgencyFeedback } from '../feedback/agency-feedback';

/** The agency answers (again, after a dispute); a measure with a deadline opens the rectification. */
export default defineAction(answerFeedback, async ({ feedbackId, answer, measure, deadline }, ctx) =>
  changeAgencyFeedback(ctx, feedbackId, ['received', 'disputed'], '该意见建议已答复', () => ({
    answer: { text: answer, at: ctx.now },
    status: measure ? 'rectifying' : 'answered',
    rectification: measure && deadline ? { measure, deadline, doneAt: null, evidence: '', doneOnTime: null } : null,
    verdict: null,
  })),
);

import { fileFeedback } from '../../../types/supervision/feedback';
import type { FeedbackAuthorDoc, FeedbackDoc } from '../../../types/supervision/feedback-model';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTransaction } from '../../_kernel/transaction';
import { filingAppointment } from '../bodies/term';
import { refNo } from '../bodies/ref-no';

/** A conduct supervisor in term gives feedback on their agency; the author goes into `feedbackAuthors` only. */
export default defineAction(fileFeedback, async (input, ctx) => {
  const me = await ctx.caller();
  const appointment = filingAppointment(me, 'conduct', ctx.now);
  await ctx.authorize('feedback:file', { orgPath: appointment.bodyPath });
  const id = newId();
  const doc: Omit<FeedbackDoc, '_id'> = {
    refNo: refNo('ZF', ctx.now),
    bodyId: appointment.bodyId,
    bodyPath: appointment.bodyPath,
    kind: input.kind,
    subject: input.subject,
    description: input.description,
    filedAt: ctx.now,
    status: 'received',
    answer: null,
    rectification: null,
    verdict: null,
    updatedAt: ctx.now,
  };
  const author: Omit<FeedbackAuthorDoc, '_id'> = { supervisorId: appointment._id, openid: me.openid, filedAt: ctx.now };
  await inTransaction(ctx.db, async (tx) => {
    await tx.collection('conductFeedback').doc(id).set({ data: doc });
    await tx.collection('feedbackAuthors').doc(id).set({ data: author });
  });
  return { id, refNo: doc.refNo };
});

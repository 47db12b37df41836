import { respondFeedback } from '../../../types/supervision/feedback';
import type { FeedbackAuthorDoc, FeedbackDoc } from '../../../types/supervision/feedback-model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { feedbackView } from '../feedback/views';
import { meetingTitles } from '../feedback/meeting-titles';

/** The author accepts the answer or the rectification, or disputes it (the agency answers again). */
export default defineAction(respondFeedback, async ({ feedbackId, verdict, comment }, ctx) => {
  const author = await ctx.read.byId<FeedbackAuthorDoc>('feedbackAuthors', feedbackId);
  // Only the author is named by the separate author record; a missing one is refused alike.
  await ctx.authorize('feedback:respond', { orgPath: [], ownerIds: [author?.openid] });
  const updated = await inTransaction(ctx.db, async (tx) => {
    const current = await txGet<FeedbackDoc>(tx, 'conductFeedback', feedbackId);
    if (!current) throw new AppError('NOT_FOUND', '没有找到该意见建议', 'feedbackId');
    if (current.status !== 'answered' && current.status !== 'rectified')
      throw new AppError('PRECONDITION_FAILED', '机关答复或整改完成后才能评价');
    const data = { status: verdict, verdict: { verdict, comment, at: ctx.now }, updatedAt: ctx.now };
    await tx.collection('conductFeedback').doc(feedbackId).update({ data });
    return { ...current, ...data } as FeedbackDoc;
  });
  const body = await ctx.read.byId<OrgDoc>('orgs', updated.bodyId);
  return feedbackView(updated, body?.name ?? '', ctx.now, await meetingTitles(ctx, [updated]));
});

import { AppError } from '../../../types/common/errors';
import type { FeedbackDoc, FeedbackStatus } from '../../../types/supervision/feedback-model';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { bodyFor } from '../bodies/body';
import { feedbackView } from './views';
import { meetingTitles } from './meeting-titles';

/**
 * Changes one feedback of the caller's agency inside a transaction, when its status is one of `from`.
 * Answers the updated view.
 */
export async function changeAgencyFeedback(
  ctx: ActionContext,
  feedbackId: string,
  from: FeedbackStatus[],
  refused: string,
  change: (current: FeedbackDoc) => Partial<FeedbackDoc>,
) {
  const { bodyId } = await bodyFor(ctx, 'feedback:handle');
  const found = await ctx.read.byId<FeedbackDoc>('conductFeedback', feedbackId);
  if (!found || found.bodyId !== bodyId) throw new AppError('NOT_FOUND', '没有找到该意见建议', 'feedbackId');
  const updated = await inTransaction(ctx.db, async (tx) => {
    const current = await txGet<FeedbackDoc>(tx, 'conductFeedback', feedbackId);
    if (!current || !from.includes(current.status)) throw new AppError('PRECONDITION_FAILED', refused);
    const data = { ...change(current), updatedAt: ctx.now };
    await tx.collection('conductFeedback').doc(feedbackId).update({ data });
    return { ...current, ...data } as FeedbackDoc;
  });
  const body = await ctx.read.byId<OrgDoc>('orgs', bodyId);
  return feedbackView(updated, body?.name ?? '', ctx.now, await meetingTitles(ctx, [updated]));
}

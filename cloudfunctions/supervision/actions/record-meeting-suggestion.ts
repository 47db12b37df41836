import { recordMeetingSuggestion } from '../../../types/supervision/meetings';
import type { FeedbackAuthorDoc, FeedbackDoc } from '../../../types/supervision/feedback-model';
import type { SupervisorDoc } from '../../../types/supervision/model';
import { seatAllows } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTransaction } from '../../_kernel/transaction';
import { refNo } from '../bodies/ref-no';
import { bodyMeeting, meetingBody } from '../meetings/load';

/**
 * A suggestion raised at a held meeting by a supervisor who was present becomes conduct feedback of the
 * agency, exactly as if that supervisor had filed it (their link in `feedbackAuthors`, so they accept or
 * dispute the answer), with the meeting's id. The recruitment office's supervisors report problems instead.
 */
export default defineAction(recordMeetingSuggestion, async ({ meetingId, supervisorId, subject, description }, ctx) => {
  const body = await meetingBody(ctx);
  const m = await bodyMeeting(ctx, body, meetingId);
  if (!seatAllows(body.role, 'feedback:handle'))
    throw new AppError('PRECONDITION_FAILED', '廉洁征兵监督员的意见请由监督员通过“反映问题”提交');
  if (m.status !== 'held') throw new AppError('PRECONDITION_FAILED', '请先登记会议出席情况，再录入意见建议');
  const line = m.invitees.find((i) => i.supervisorId === supervisorId);
  if (!line || line.status !== 'present')
    throw new AppError('PRECONDITION_FAILED', '只能录入出席会议的监督员提出的意见建议', 'supervisorId');
  const supervisor = await ctx.read.byId<SupervisorDoc>('supervisors', supervisorId);
  if (!supervisor?.openid)
    throw new AppError('PRECONDITION_FAILED', '该监督员尚未绑定微信，绑定后才能跟踪答复', 'supervisorId');
  const id = newId();
  const doc: Omit<FeedbackDoc, '_id'> = {
    refNo: refNo('ZF', ctx.now),
    bodyId: body.bodyId,
    bodyPath: body.bodyPath,
    kind: 'suggestion',
    subject,
    description,
    filedAt: ctx.now,
    status: 'received',
    answer: null,
    rectification: null,
    verdict: null,
    meetingId,
    updatedAt: ctx.now,
  };
  const author: Omit<FeedbackAuthorDoc, '_id'> = { supervisorId, openid: supervisor.openid, filedAt: ctx.now };
  await inTransaction(ctx.db, async (tx) => {
    await tx.collection('conductFeedback').doc(id).set({ data: doc });
    await tx.collection('feedbackAuthors').doc(id).set({ data: author });
  });
  return { feedbackId: id, refNo: doc.refNo };
});

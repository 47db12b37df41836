import { AppError } from '../../../types/common/errors';
import type { FeedbackDoc } from '../../../types/supervision/feedback-model';
import type { SupervisorMeetingDoc } from '../../../types/supervision/meetings';
import type { ActionContext } from '../../_kernel/action';
import { bodyFor, type Body } from '../bodies/body';

/** The body (agency or recruitment office) whose staff the caller is, for its supervisors' meetings. */
export function meetingBody(ctx: ActionContext) {
  return bodyFor(ctx, 'supervisor:meet');
}

/** One of the body's meetings; another body's is NOT_FOUND. */
export async function bodyMeeting(ctx: ActionContext, body: Body, id: string): Promise<SupervisorMeetingDoc> {
  const m = await ctx.read.byId<SupervisorMeetingDoc>('supervisorMeetings', id);
  if (!m || m.bodyId !== body.bodyId) throw new AppError('NOT_FOUND', '没有找到该会议', 'meetingId');
  return m;
}

export async function suggestionsOf(ctx: ActionContext, meetingIds: string[]): Promise<FeedbackDoc[]> {
  if (!meetingIds.length) return [];
  return ctx.read.many<FeedbackDoc>(
    'conductFeedback',
    { meetingId: ctx._.in(meetingIds) },
    { limit: 1000, orderBy: [['filedAt', 'asc']] },
  );
}

import type { FeedbackDoc } from '../../../types/supervision/feedback-model';
import type { SupervisorMeetingDoc } from '../../../types/supervision/meetings';
import type { ActionContext } from '../../_kernel/action';

/** Titles of the supervisors' meetings the given feedback was raised at, in one read. */
export async function meetingTitles(ctx: ActionContext, docs: FeedbackDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(docs.map((d) => d.meetingId).filter((x): x is string => Boolean(x)))];
  if (!ids.length) return new Map();
  const meetings = await ctx.read.many<SupervisorMeetingDoc>(
    'supervisorMeetings',
    { _id: ctx._.in(ids) },
    { limit: ids.length, fields: { title: true } },
  );
  return new Map(meetings.map((m) => [m._id, m.title]));
}

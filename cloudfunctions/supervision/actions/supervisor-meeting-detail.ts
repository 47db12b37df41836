import { supervisorMeetingDetail, type SupervisorMeetingDoc } from '../../../types/supervision/meetings';
import type { FeedbackAuthorDoc } from '../../../types/supervision/feedback-model';
import type { OrgDoc } from '../../../types/org/model';
import { can } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { suggestionsOf } from '../meetings/load';
import { supervisorMeetingView } from '../meetings/views';

/**
 * One meeting: for its body's staff, everyone's attendance and every suggestion with its handling; for an
 * invited supervisor, their own attendance and the suggestions they raised. Anyone else: NOT_FOUND.
 */
export default defineAction(supervisorMeetingDetail, async ({ meetingId }, ctx) => {
  const m = await ctx.read.byId<SupervisorMeetingDoc>('supervisorMeetings', meetingId);
  const me = await ctx.caller();
  const invited = m ? me.supervisors.find((s) => m.inviteeIds.includes(s._id)) : undefined;
  const staff = m ? can(me, 'supervisor:meet', { orgPath: m.bodyPath }) : false;
  if (!m || (!staff && !invited)) throw new AppError('NOT_FOUND', '没有找到该会议', 'meetingId');
  const [body, all] = await Promise.all([ctx.read.byId<OrgDoc>('orgs', m.bodyId), suggestionsOf(ctx, [m._id])]);
  let suggestions = all;
  if (!staff) {
    const authored = all.length
      ? await ctx.read.many<FeedbackAuthorDoc>('feedbackAuthors', {
          _id: ctx._.in(all.map((f) => f._id)),
          openid: me.openid,
        })
      : [];
    const mine = new Set(authored.map((a) => a._id));
    suggestions = all.filter((f) => mine.has(f._id));
  }
  const view = supervisorMeetingView(m, body?.name ?? '', suggestions, ctx.now, staff ? null : (invited?._id ?? null));
  // Suggestions become conduct feedback: an agency's staff enter them (the office's supervisors report instead).
  return { ...view, takesSuggestions: staff && can(me, 'feedback:handle', { orgPath: m.bodyPath }) };
});

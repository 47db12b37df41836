import { listSupervisorMeetings, type SupervisorMeetingDoc } from '../../../types/supervision/meetings';
import { seatsFor } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { orgName, orgsById } from '../../_domain/orgs';
import { suggestionsOf } from '../meetings/load';
import { supervisorMeetingView } from '../meetings/views';

/** Staff of a body: its meetings. A supervisor: the meetings they were invited to (their own line only). */
export default defineAction(listSupervisorMeetings, async (_input, ctx) => {
  const me = await ctx.caller();
  const staffOf = seatsFor(me, 'supervisor:meet')[0];
  const own = me.supervisors.map((s) => s._id);
  const opts = { limit: 100, orderBy: [['startAt', 'desc']] as [string, 'desc'][] };
  const [asStaff, invited] = await Promise.all([
    staffOf ? ctx.read.many<SupervisorMeetingDoc>('supervisorMeetings', { bodyId: staffOf.orgId }, opts) : [],
    own.length ? ctx.read.many<SupervisorMeetingDoc>('supervisorMeetings', { inviteeIds: ctx._.in(own) }, opts) : [],
  ]);
  const meetings = [...new Map([...asStaff, ...invited].map((m) => [m._id, m])).values()];
  const [bodies, suggestions] = await Promise.all([
    orgsById(
      ctx.db,
      ctx.read,
      meetings.map((m) => m.bodyId),
    ),
    suggestionsOf(
      ctx,
      meetings.map((m) => m._id),
    ),
  ]);
  const items = meetings
    .sort((a, b) => b.startAt.getTime() - a.startAt.getTime())
    .map((m) => {
      const staff = staffOf?.orgId === m.bodyId;
      const mine = own.find((id) => m.inviteeIds.includes(id)) ?? null;
      // A supervisor sees the meeting's suggestions only as counts of their own list (myFeedback): none here.
      return supervisorMeetingView(
        m,
        orgName(bodies, m.bodyId),
        staff ? suggestions : [],
        ctx.now,
        staff ? null : mine,
      );
    });
  return { items, mayInvite: Boolean(staffOf) };
});

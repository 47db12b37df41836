import { inviteSupervisors, type SupervisorMeetingDoc } from '../../../types/supervision/meetings';
import type { SupervisorDoc } from '../../../types/supervision/model';
import { seatAllows } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { DAY_MS } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTerm } from '../bodies/term';
import { meetingBody } from '../meetings/load';

/**
 * The body invites its supervisors in term (an agency its conduct supervisors, the office its integrity
 * supervisors) to a 座谈会, a working meeting they attend, or a major activity.
 */
export default defineAction(inviteSupervisors, async (input, ctx) => {
  const body = await meetingBody(ctx);
  const startAt = new Date(input.startAt);
  if (startAt.getTime() < ctx.now.getTime() - 30 * DAY_MS || startAt.getTime() > ctx.now.getTime() + 366 * DAY_MS)
    throw new AppError('INVALID_INPUT', '会议时间应在30天前到一年后之间', 'startAt');
  // An agency's staff (who answer conduct feedback) invite its conduct supervisors; the office its integrity ones.
  const type = seatAllows(body.role, 'feedback:handle') ? 'conduct' : 'integrity';
  const supervisors = (
    await ctx.read.many<SupervisorDoc>(
      'supervisors',
      { bodyId: body.bodyId, type, status: 'active' },
      { limit: 200, orderBy: [['name', 'asc']] },
    )
  ).filter((s) => inTerm(s, startAt));
  if (!supervisors.length) throw new AppError('PRECONDITION_FAILED', '本单位目前没有在任期内的监督员');
  const doc: SupervisorMeetingDoc = {
    _id: newId(),
    bodyId: body.bodyId,
    bodyPath: body.bodyPath,
    kind: input.kind,
    title: input.title,
    place: input.place,
    startAt,
    invitees: supervisors.map((s) => ({ supervisorId: s._id, name: s.name, status: 'invited' })),
    inviteeIds: supervisors.map((s) => s._id),
    status: 'scheduled',
    summary: '',
    createdBy: body.caller.openid,
    createdAt: ctx.now,
    heldAt: null,
    updatedAt: ctx.now,
  };
  await ctx.db.collection('supervisorMeetings').add({ data: doc });
  return { meetingId: doc._id, invited: supervisors.length };
});

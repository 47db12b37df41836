import { recordSupervisorAttendance } from '../../../types/supervision/meetings';
import type { Attendance } from '../../../types/common/attendance';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { bodyMeeting, meetingBody } from '../meetings/load';
import { supervisorMeetingView } from '../meetings/views';

/** After it began: every invitee present, excused or absent (nobody left out, nobody added), and the summary. */
export default defineAction(recordSupervisorAttendance, async ({ meetingId, attendance, summary }, ctx) => {
  const body = await meetingBody(ctx);
  const m = await bodyMeeting(ctx, body, meetingId);
  if (m.status !== 'scheduled') throw new AppError('PRECONDITION_FAILED', '该会议的出席情况已登记');
  if (m.startAt.getTime() > ctx.now.getTime()) throw new AppError('PRECONDITION_FAILED', '会议开始后才能登记出席情况');
  const given = new Map<string, Attendance>();
  for (const [i, a] of attendance.entries()) {
    if (given.has(a.supervisorId) || !m.inviteeIds.includes(a.supervisorId))
      throw new AppError('INVALID_INPUT', '出席名单与受邀监督员不一致，请刷新后重试', `attendance.${i}`);
    given.set(a.supervisorId, a.status);
  }
  const missing = m.invitees.find((i) => !given.has(i.supervisorId));
  if (missing) throw new AppError('INVALID_INPUT', `请登记${missing.name}的出席情况`, 'attendance');
  const invitees = m.invitees.map((i) => ({ ...i, status: given.get(i.supervisorId) ?? i.status }));
  const data = { invitees, summary, status: 'held' as const, heldAt: ctx.now, updatedAt: ctx.now };
  const res = (await ctx.db
    .collection('supervisorMeetings')
    .where({ _id: meetingId, status: 'scheduled' })
    .update({ data })) as { stats: { updated: number } };
  if (!res.stats.updated) throw new AppError('PRECONDITION_FAILED', '该会议的出席情况已登记');
  const org = await ctx.read.byId<OrgDoc>('orgs', body.bodyId);
  return supervisorMeetingView({ ...m, ...data }, org?.name ?? '', [], ctx.now, null);
});

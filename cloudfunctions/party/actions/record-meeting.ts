import { recordMeeting } from '../../../types/party/meetings';
import type { Attendance } from '../../../types/common/attendance';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { assertAttachable } from '../../_kernel/uploads';
import { keptMeeting } from '../lib/load';
import { MEETING_PHOTOS } from '../lib/photos';
import { viewOf } from '../lib/meeting-names';
import { meetingBooking } from '../../../types/activities/monthly';
import { bookActivityMonthly } from '../../_domain/rollups/activity-monthly';

/**
 * Records a held meeting once: every person on its roster present, excused or absent (nobody missing,
 * nobody added), the minutes, and photos the recorder uploaded. The update is conditional on the meeting
 * still being unrecorded, so two recorders cannot both write.
 */
export default defineAction(recordMeeting, async ({ meetingId, attendance, minutes, photoFileIds }, ctx) => {
  const meeting = await keptMeeting(ctx, meetingId);
  if (meeting.status !== 'scheduled') throw new AppError('PRECONDITION_FAILED', '该会议已登记，不能重复登记');
  if (meeting.startAt.getTime() > ctx.now.getTime())
    throw new AppError('PRECONDITION_FAILED', '会议开始后才能登记出席情况');
  const given = new Map<string, Attendance>();
  for (const [i, line] of attendance.entries()) {
    if (given.has(line.veteranId) || !meeting.rosterIds.includes(line.veteranId))
      throw new AppError('INVALID_INPUT', '出席名单与应到人员不一致，请刷新后重试', `attendance.${i}`);
    given.set(line.veteranId, line.status);
  }
  const missing = meeting.roster.find((r) => !given.has(r.veteranId));
  if (missing) throw new AppError('INVALID_INPUT', `请登记${missing.name}的出席情况`, 'attendance');
  assertAttachable(ctx, photoFileIds, MEETING_PHOTOS, { field: 'photoFileIds' });
  const roster = meeting.roster.map((r) => ({ ...r, status: given.get(r.veteranId) ?? null }));
  const data = { roster, minutes, photoFileIds, status: 'recorded' as const, recordedAt: ctx.now, updatedAt: ctx.now };
  const res = (await ctx.db
    .collection('partyMeetings')
    .where({ _id: meetingId, status: 'scheduled' })
    .update({ data })) as { stats: { updated: number } };
  if (!res.stats.updated) throw new AppError('PRECONDITION_FAILED', '该会议已登记，不能重复登记');
  // Recorded once (the conditional update above): its attendance counts once in the dashboard's rows.
  await bookActivityMonthly(ctx, meetingBooking({ ...meeting, ...data }));
  return viewOf(ctx, { ...meeting, ...data });
});

import { myPartyLife } from '../../../types/party/meetings';
import { ATTENDANCE_LABELS } from '../../../types/common/attendance';
import {
  MEETING_KIND_LABELS,
  type BranchDoc,
  type MeetingDoc,
  type PartyMemberDoc,
  type SmallGroupDoc,
} from '../../../types/party/model';
import { AppError } from '../../../types/common/errors';
import { startOfShanghaiDay, shanghaiDay } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';

/** A party member's own branch, small group, meetings to come and attendance this year; nobody else's. */
export default defineAction(myPartyLife, async (_input, ctx) => {
  const me = await ctx.caller();
  const member = me.veteran ? await ctx.read.byId<PartyMemberDoc>('partyMembers', me.veteran._id) : null;
  if (!member || !member.active) throw new AppError('NOT_FOUND', '您的档案中没有所在退役军人党支部的记录');
  const { _ } = ctx;
  const yearStart = startOfShanghaiDay(`${shanghaiDay(ctx.now).slice(0, 4)}-01-01`);
  const [branch, group, meetings] = await Promise.all([
    ctx.read.byId<BranchDoc>('partyBranches', member.branchId),
    member.smallGroupId ? ctx.read.byId<SmallGroupDoc>('partySmallGroups', member.smallGroupId) : null,
    ctx.read.many<MeetingDoc>(
      'partyMeetings',
      { branchId: member.branchId, startAt: _.gte(yearStart), rosterIds: member.veteranId },
      { limit: 1000, orderBy: [['startAt', 'asc']] },
    ),
  ]);
  const attended = { present: 0, excused: 0, absent: 0 };
  for (const m of meetings) {
    const status = m.status === 'recorded' ? m.roster.find((r) => r.veteranId === member.veteranId)?.status : null;
    if (status) attended[status] += 1;
  }
  const upcoming = meetings
    .filter((m) => m.status === 'scheduled' && m.startAt.getTime() >= ctx.now.getTime())
    .map((m) => ({
      id: m._id,
      kindLabel: MEETING_KIND_LABELS[m.kind],
      subject: m.subject,
      place: m.place,
      startAt: m.startAt.toISOString(),
    }));
  const past = meetings
    .filter((m) => m.status === 'recorded')
    .reverse()
    .map((m) => {
      const status = m.roster.find((r) => r.veteranId === member.veteranId)?.status;
      return {
        id: m._id,
        kindLabel: MEETING_KIND_LABELS[m.kind],
        subject: m.subject,
        place: m.place,
        startAt: m.startAt.toISOString(),
        statusLabel: status ? ATTENDANCE_LABELS[status] : '未登记',
      };
    });
  return { branchName: branch?.name ?? '', smallGroupName: group?.name ?? '', upcoming, past, attended };
});

import { scheduleMeeting } from '../../../types/party/meetings';
import type { MeetingDoc, PartyMemberDoc, SmallGroupDoc } from '../../../types/party/model';
import { AppError } from '../../../types/common/errors';
import { DAY_MS } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { keptBranch } from '../lib/load';

/**
 * A meeting of the branch, or a 党小组会 of one of its small groups. Its roster is fixed now from the
 * membership (the branch's, or the small group's): who was expected stays true if people move later. A
 * meeting already held may be entered afterwards (up to 90 days back) and recorded at once.
 */
export default defineAction(scheduleMeeting, async (input, ctx) => {
  const branch = await keptBranch(ctx, input.branchId);
  let group: SmallGroupDoc | null = null;
  if (input.smallGroupId) {
    group = await ctx.read.byId<SmallGroupDoc>('partySmallGroups', input.smallGroupId);
    if (!group || group.branchId !== branch._id) throw new AppError('NOT_FOUND', '没有找到该党小组', 'smallGroupId');
  }
  if (input.kind !== 'small_group') group = null;
  const startAt = new Date(input.startAt);
  if (startAt.getTime() < ctx.now.getTime() - 90 * DAY_MS || startAt.getTime() > ctx.now.getTime() + 366 * DAY_MS)
    throw new AppError('INVALID_INPUT', '会议时间应在90天前到一年后之间', 'startAt');
  const members = await ctx.read.many<PartyMemberDoc>(
    'partyMembers',
    group ? { branchId: branch._id, active: true, smallGroupId: group._id } : { branchId: branch._id, active: true },
    { limit: 1000 },
  );
  if (!members.length)
    throw new AppError(
      'PRECONDITION_FAILED',
      '该党组织还没有党员：请先同步党员名单',
      group ? 'smallGroupId' : 'branchId',
    );
  const me = await ctx.caller();
  const roster = members
    .map((m) => ({ veteranId: m.veteranId, name: m.name, status: null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const doc: MeetingDoc = {
    _id: newId(),
    kind: input.kind,
    branchId: branch._id,
    smallGroupId: group?._id ?? null,
    path: group ? group.path : branch.path,
    subject: input.subject,
    place: input.place,
    startAt,
    roster,
    rosterIds: roster.map((r) => r.veteranId),
    status: 'scheduled',
    minutes: '',
    photoFileIds: [],
    remindedAt: null,
    createdBy: me.openid,
    createdAt: ctx.now,
    recordedAt: null,
    updatedAt: ctx.now,
  };
  await ctx.db.collection('partyMeetings').add({ data: doc });
  return { meetingId: doc._id, expected: roster.length };
});

import { listMeetings } from '../../../types/party/meetings';
import { defineAction } from '../../_kernel/action';
import { keptBranch, smallGroupsOf } from '../lib/load';
import { meetingsIn } from '../lib/period';
import { meetingLine } from '../lib/views';

export default defineAction(listMeetings, async ({ branchId, from, to }, ctx) => {
  await keptBranch(ctx, branchId);
  const [meetings, groups] = await Promise.all([meetingsIn(ctx, branchId, from, to), smallGroupsOf(ctx, branchId)]);
  const names = new Map(groups.map((g) => [g._id, g.name]));
  return { items: meetings.map((m) => meetingLine(m, m.smallGroupId ? (names.get(m.smallGroupId) ?? '') : '')) };
});

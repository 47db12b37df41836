import { exportMeetings } from '../../../types/party/meetings';
import type { Attendance } from '../../../types/common/attendance';
import { MEETING_KIND_LABELS, type MeetingDoc } from '../../../types/party/model';
import { shanghaiDay, shanghaiMinute } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { exportSheet } from '../../_kernel/export-sheet';
import { keptBranch, smallGroupsOf } from '../lib/load';
import { meetingsIn } from '../lib/period';
import { countsOf } from '../lib/views';

const HEADER = [
  '会议时间',
  '会议类型',
  '党组织',
  '会议主题',
  '地点',
  '应到人数',
  '出席人数',
  '请假人数',
  '缺席人数',
  '出席人员',
  '请假人员',
  '缺席人员',
  '会议记录',
];

const namesWith = (m: MeetingDoc, status: Attendance) =>
  m.roster
    .filter((r) => r.status === status)
    .map((r) => r.name)
    .join('、');

/**
 * The recorded 三会一课 of a period, oldest first, as a plain table (one meeting a row, an .xlsx through the
 * one export writer) for re-entry into the provincial party-building system.
 */
export default defineAction(exportMeetings, async ({ branchId, from, to }, ctx) => {
  const branch = await keptBranch(ctx, branchId);
  const [meetings, groups] = await Promise.all([meetingsIn(ctx, branchId, from, to), smallGroupsOf(ctx, branchId)]);
  const names = new Map(groups.map((g) => [g._id, g.name]));
  const sheet = exportSheet('三会一课', HEADER);
  const rows = meetings
    .filter((m) => m.status === 'recorded')
    .reverse()
    .map((m) => {
      const c = countsOf(m);
      return [
        shanghaiMinute(m.startAt),
        MEETING_KIND_LABELS[m.kind],
        m.smallGroupId ? (names.get(m.smallGroupId) ?? '') : branch.name,
        m.subject,
        m.place,
        c.expected,
        c.present,
        c.excused,
        c.absent,
        namesWith(m, 'present'),
        namesWith(m, 'excused'),
        namesWith(m, 'absent'),
        m.minutes,
      ];
    });
  for (const row of rows) sheet.add(row);
  return sheet.finish(ctx, `${branch.name}三会一课-${from}至${to}-${shanghaiDay(ctx.now)}.xlsx`);
});

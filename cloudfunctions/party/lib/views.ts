import { ATTENDANCE_LABELS } from '../../../types/common/attendance';
import { MEETING_KIND_LABELS, type MeetingDoc } from '../../../types/party/model';
import type { MeetingLine, MeetingView } from '../../../types/party/meetings';

export function countsOf(m: MeetingDoc): MeetingView['counts'] {
  const n = (s: string) => m.roster.filter((r) => r.status === s).length;
  return { expected: m.roster.length, present: n('present'), excused: n('excused'), absent: n('absent') };
}

/** The one way a meeting leaves the function: names and attendance, never an OPENID or file detail. */
export function meetingView(
  m: MeetingDoc,
  names: { branch: string; smallGroup: string },
  photoUrls: string[],
): MeetingView {
  return {
    id: m._id,
    kind: m.kind,
    kindLabel: MEETING_KIND_LABELS[m.kind],
    branchName: names.branch,
    smallGroupName: names.smallGroup,
    subject: m.subject,
    place: m.place,
    startAt: m.startAt.toISOString(),
    status: m.status,
    roster: m.roster.map((r) => ({
      veteranId: r.veteranId,
      name: r.name,
      status: r.status,
      statusLabel: r.status ? ATTENDANCE_LABELS[r.status] : '未登记',
    })),
    counts: countsOf(m),
    minutes: m.minutes,
    photoUrls,
  };
}

export function meetingLine(m: MeetingDoc, smallGroupName: string): MeetingLine {
  return {
    id: m._id,
    kindLabel: MEETING_KIND_LABELS[m.kind],
    subject: m.subject,
    startAt: m.startAt.toISOString(),
    status: m.status,
    smallGroupName,
    counts: countsOf(m),
  };
}

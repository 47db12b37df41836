import {
  inviteSupervisors,
  listSupervisorMeetings,
  recordMeetingSuggestion,
  recordSupervisorAttendance,
  supervisorMeetingDetail,
} from '../../../types/supervision/meetings';
import { AGENCY, DISTRICT } from '../personas';
import type { World } from '../world';
import { RECRUITMENT_OFFICE, SIGNED_IN } from './shared';
import { table } from './table';

/**
 * Supervisors' meetings (issue 15 item 4): "agency staff: answer feedback and record rectification; invite
 * supervisors to meetings". The body's own staff call the meeting (the recruitment office its integrity
 * supervisors), record attendance and the suggestions raised; an invited supervisor sees the meeting with
 * their own attendance. Bodies are not on a side: the agency's meeting is the same thing in both cells.
 */
const CONDUCT_SUPERVISOR = 'sv-u-amr-01';

function agencyMeeting(w: World, status: 'scheduled' | 'held'): string {
  const sv = w.one<{ _id: string; name: string }>('supervisors', { _id: CONDUCT_SUPERVISOR });
  const id = w.freshId('svm');
  const past = new Date(Date.now() - 3_600_000);
  w.put('supervisorMeetings', {
    _id: id,
    bodyId: AGENCY,
    bodyPath: [DISTRICT, AGENCY],
    kind: 'symposium',
    title: '机关作风监督员座谈会',
    place: '三楼会议室',
    startAt: past,
    invitees: [{ supervisorId: sv._id, name: sv.name, status: status === 'held' ? 'present' : 'invited' }],
    inviteeIds: [sv._id],
    status,
    summary: status === 'held' ? '座谈会纪要' : '',
    createdBy: 'x',
    createdAt: past,
    heldAt: status === 'held' ? past : null,
    updatedAt: past,
  });
  return id;
}

const bodyStaff = { inScope: ['agencyStaff' as const], outOfScope: ['agencyStaff' as const] };

export const tables = [
  table({
    contract: inviteSupervisors,
    target: () => ({
      kind: 'symposium' as const,
      title: '监督员座谈会',
      place: '三楼会议室',
      startAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    allowed: {
      inScope: ['agencyStaff', ...RECRUITMENT_OFFICE],
      outOfScope: ['agencyStaff', ...RECRUITMENT_OFFICE],
    },
    unplaced: "the new meeting's id",
  }),
  table({
    contract: recordSupervisorAttendance,
    target: (w) => ({
      meetingId: agencyMeeting(w, 'scheduled'),
      attendance: [{ supervisorId: CONDUCT_SUPERVISOR, status: 'present' as const }],
      summary: '听取工作介绍，提出意见建议。',
    }),
    allowed: bodyStaff,
  }),
  table({
    contract: recordMeetingSuggestion,
    target: (w) => ({
      meetingId: agencyMeeting(w, 'held'),
      supervisorId: CONDUCT_SUPERVISOR,
      subject: '规范网络交易平台',
      description: '建议加强宣传教育引导。',
    }),
    allowed: bodyStaff,
  }),
  table({
    contract: listSupervisorMeetings,
    target: () => ({}),
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: "the caller's body's meetings, or those they were invited to",
  }),
  table({
    contract: supervisorMeetingDetail,
    target: (w) => ({ meetingId: agencyMeeting(w, 'held') }),
    allowed: {
      inScope: ['agencyStaff', 'conductSupervisor'],
      outOfScope: ['agencyStaff', 'conductSupervisor'],
    },
  }),
];

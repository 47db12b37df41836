import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { ATTENDANCE, ATTENDANCE_LABELS, attendanceLines, meetingPlace } from '../common/attendance';
import { isoInstant } from '../common/dates';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { FeedbackView } from './feedback';

/**
 * Supervisors' meetings (issue 15 item 4): an agency (or the recruitment office) invites its supervisors to a
 * 座谈会, a working meeting or a major activity; attendance is recorded; each suggestion raised there becomes
 * a conduct feedback item (answer, rectification, accept or dispute) linked to the meeting.
 */
export const SUPERVISOR_MEETING_KINDS = ['symposium', 'working_meeting', 'activity'] as const;
export type SupervisorMeetingKind = (typeof SUPERVISOR_MEETING_KINDS)[number];
export const SUPERVISOR_MEETING_KIND_LABELS: Record<SupervisorMeetingKind, string> = {
  symposium: '监督员座谈会',
  working_meeting: '工作会议（列席）',
  activity: '重大活动',
};

export const INVITEE_STATUSES = ['invited', ...ATTENDANCE] as const;
export type InviteeStatus = (typeof INVITEE_STATUSES)[number];
export const INVITEE_STATUS_LABELS: Record<InviteeStatus, string> = { invited: '已邀请', ...ATTENDANCE_LABELS };

/** Collection `supervisorMeetings`. Invitees are the body's supervisors in term when it is called. */
export interface SupervisorMeetingDoc {
  _id: string;
  bodyId: string;
  bodyPath: string[];
  kind: SupervisorMeetingKind;
  title: string;
  place: string;
  startAt: Date;
  invitees: { supervisorId: string; name: string; status: InviteeStatus }[];
  inviteeIds: string[];
  status: 'scheduled' | 'held';
  summary: string;
  createdBy: string;
  createdAt: Date;
  heldAt: Date | null;
  updatedAt: Date;
}

export const inviteSupervisors = defineContract<{ meetingId: string; invited: number }>()({
  fn: 'supervision',
  action: 'inviteSupervisors',
  input: z
    .object({
      kind: z.enum(SUPERVISOR_MEETING_KINDS, { errorMap: () => ({ message: '请选择会议类型' }) }),
      title: lineText().min(2, '请填写会议名称').max(60, '会议名称不能超过60个字'),
      place: meetingPlace,
      startAt: isoInstant,
    })
    .strict(),
  errors: ['FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** After the meeting: every invitee present, excused or absent, and a short summary. */
export const recordSupervisorAttendance = defineContract<SupervisorMeetingView>()({
  fn: 'supervision',
  action: 'recordSupervisorAttendance',
  input: z
    .object({
      meetingId: docId,
      attendance: attendanceLines('supervisorId', 200),
      summary: multilineText().min(5, '请填写会议纪要（至少5个字）').max(2000, '会议纪要不能超过2000个字'),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/**
 * A suggestion a supervisor present raised at the meeting, entered by the agency: it becomes conduct
 * feedback of that supervisor (they accept or dispute it), linked to the meeting; the feedback names nobody.
 */
export const recordMeetingSuggestion = defineContract<{ feedbackId: string; refNo: string }>()({
  fn: 'supervision',
  action: 'recordMeetingSuggestion',
  input: z
    .object({
      meetingId: docId,
      supervisorId: docId,
      subject: lineText().min(2, '请填写标题').max(40, '标题不能超过40个字'),
      description: multilineText().min(5, '请写明意见建议（至少5个字）').max(1000, '不能超过1000个字'),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

export interface SupervisorMeetingView {
  id: string;
  kind: SupervisorMeetingKind;
  kindLabel: string;
  bodyName: string;
  title: string;
  place: string;
  startAt: string;
  status: 'scheduled' | 'held';
  /** The caller is of the body's staff (records attendance and suggestions), not an invited supervisor. */
  forStaff: boolean;
  /** Whether the meeting has begun by the server's clock (attendance is recorded only then). */
  started: boolean;
  /** The caller enters suggestions raised there as conduct feedback (an agency's staff; detail only). */
  takesSuggestions: boolean;
  /** Names and attendance: the agency's staff see everyone; a supervisor only their own line. */
  invitees: { supervisorId: string; name: string; status: InviteeStatus; statusLabel: string }[];
  counts: { invited: number; present: number; excused: number; absent: number };
  summary: string;
  /** The suggestions raised there, in the feedback flow (names nobody). */
  suggestions: FeedbackView[];
}

/**
 * The agency's meetings, or the meetings a supervisor was invited to, newest first; `mayInvite`: the caller
 * may call a new one (staff of a body with supervisors).
 */
export const listSupervisorMeetings = defineContract<{ items: SupervisorMeetingView[]; mayInvite: boolean }>()({
  fn: 'supervision',
  action: 'listSupervisorMeetings',
  input: z.object({}).strict(),
});

export const supervisorMeetingDetail = defineContract<SupervisorMeetingView>()({
  fn: 'supervision',
  action: 'supervisorMeetingDetail',
  input: z.object({ meetingId: docId }).strict(),
  errors: ['NOT_FOUND'],
});

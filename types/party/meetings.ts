import { z } from 'zod';
import type { ExportedFile } from '../common/exports';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { calendarDay, isoInstant } from '../common/dates';
import { cloudFileId, imageUpload } from '../common/uploads';
import { attendanceLines, meetingPlace, type Attendance } from '../common/attendance';
import { MEETING_KINDS, type MeetingKind } from './model';

/** Schedules a meeting; its roster is the branch's (or, for a 党小组会, the small group's) members now. */
export const scheduleMeeting = defineContract<{ meetingId: string; expected: number }>()({
  fn: 'party',
  action: 'scheduleMeeting',
  input: z
    .object({
      kind: z.enum(MEETING_KINDS, { errorMap: () => ({ message: '请选择会议类型' }) }),
      branchId: docId,
      smallGroupId: docId.optional(),
      subject: lineText().min(2, '请填写会议主题').max(60, '会议主题不能超过60个字'),
      place: meetingPlace,
      startAt: isoInstant,
    })
    .strict()
    .refine((v) => v.kind !== 'small_group' || Boolean(v.smallGroupId), {
      message: '党小组会请选择党小组',
      path: ['smallGroupId'],
    }),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** Records what happened: everyone on the roster present, excused or absent; the minutes; photos. */
export const recordMeeting = defineContract<MeetingView>()({
  fn: 'party',
  action: 'recordMeeting',
  input: z
    .object({
      meetingId: docId,
      attendance: attendanceLines('veteranId', 1000),
      minutes: multilineText().min(10, '请填写会议记录（至少10个字）').max(5000, '会议记录不能超过5000个字'),
      photoFileIds: z.array(cloudFileId).max(9, '最多9张照片').default([]),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** A photo of a meeting, through the one upload path (checked, rebuilt from its pixels, in the caller's folder). */
export const uploadMeetingPhoto = defineContract<{ fileID: string }>()({
  fn: 'party',
  action: 'uploadMeetingPhoto',
  input: imageUpload,
  errors: ['FORBIDDEN'],
});

export interface MeetingView {
  id: string;
  kind: MeetingKind;
  kindLabel: string;
  branchName: string;
  smallGroupName: string;
  subject: string;
  place: string;
  startAt: string;
  status: 'scheduled' | 'recorded';
  roster: { veteranId: string; name: string; status: Attendance | null; statusLabel: string }[];
  counts: { expected: number; present: number; excused: number; absent: number };
  minutes: string;
  photoUrls: string[];
}

export const meetingDetail = defineContract<MeetingView>()({
  fn: 'party',
  action: 'meetingDetail',
  input: z.object({ meetingId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

const period = { from: calendarDay, to: calendarDay };
const orderedPeriod = <T extends { from: string; to: string }>(v: T) => v.from <= v.to;
const PERIOD_ORDER = { message: '结束日期不能早于开始日期', path: ['to'] };

export interface MeetingLine {
  id: string;
  kindLabel: string;
  subject: string;
  startAt: string;
  status: 'scheduled' | 'recorded';
  smallGroupName: string;
  counts: MeetingView['counts'];
}

/** A branch's meetings in a period (Shanghai days, inclusive), newest first. */
export const listMeetings = defineContract<{ items: MeetingLine[] }>()({
  fn: 'party',
  action: 'listMeetings',
  input: z
    .object({ branchId: docId, ...period })
    .strict()
    .refine(orderedPeriod, PERIOD_ORDER),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

export interface ParticipationLine {
  veteranId: string;
  name: string;
  expected: number;
  present: number;
  excused: number;
  absent: number;
}

/** Each member's participation in the recorded meetings of a period. */
export const memberParticipation = defineContract<{ meetings: number; items: ParticipationLine[] }>()({
  fn: 'party',
  action: 'memberParticipation',
  input: z
    .object({ branchId: docId, ...period })
    .strict()
    .refine(orderedPeriod, PERIOD_ORDER),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** 三会一课 records of a period as a plain table (CSV for Excel and the provincial party-building system). */
export const exportMeetings = defineContract<ExportedFile>()({
  fn: 'party',
  action: 'exportMeetings',
  input: z
    .object({ branchId: docId, ...period })
    .strict()
    .refine(orderedPeriod, PERIOD_ORDER),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** A party member's own: their branch and small group, upcoming and past meetings, and their attendance this year. */
export const myPartyLife = defineContract<{
  branchName: string;
  smallGroupName: string;
  upcoming: { id: string; kindLabel: string; subject: string; place: string; startAt: string }[];
  /** Recorded meetings this year that expected the member, newest first, with their own attendance. */
  past: { id: string; kindLabel: string; subject: string; place: string; startAt: string; statusLabel: string }[];
  attended: { present: number; excused: number; absent: number };
}>()({
  fn: 'party',
  action: 'myPartyLife',
  input: z.object({}).strict(),
  errors: ['NOT_FOUND'],
});

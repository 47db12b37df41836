import { z } from 'zod';
import { lineText } from './text';
import { docId } from './validators';

/** How a person invited to a meeting took part: a party branch's meeting and a supervisors' meeting alike. */
export const ATTENDANCE = ['present', 'excused', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = { present: '出席', excused: '请假', absent: '缺席' };

/** One line of a recorded attendance, as the contracts take it. */
export const attendanceStatus = z.enum(ATTENDANCE, { errorMap: () => ({ message: '请选择出席、请假或缺席' }) });

/**
 * The attendance a meeting's record takes: one line per person on its roster (`idKey`: veteranId for a party
 * meeting, supervisorId for a supervisors' meeting), each present, excused or absent.
 */
export function attendanceLines<K extends string>(idKey: K, max: number) {
  return z
    .array(
      z
        .object({ [idKey]: docId, status: attendanceStatus } as { [P in K]: typeof docId } & {
          status: typeof attendanceStatus;
        })
        .strict(),
    )
    .min(1, '请登记出席情况')
    .max(max);
}

/** Where a meeting is held (a party meeting, a supervisors' meeting). */
export const meetingPlace = lineText().min(2, '请填写会议地点').max(60, '会议地点不能超过60个字');

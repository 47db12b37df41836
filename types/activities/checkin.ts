import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';

/** Seconds a check-in code is shown before it changes. */
export const CHECKIN_WINDOW_SECONDS = 30;

/**
 * The organiser's rotating check-in code (shown as a QR code and as digits). `secondsLeft` is counted on the
 * server's clock: the phone counts down from it, so a phone whose own clock is wrong still asks for the next code.
 */
export const checkinCode = defineContract<{ code: string; expiresAt: string; secondsLeft: number }>()({
  fn: 'activities',
  action: 'checkinCode',
  input: z.object({ activityId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** A signed-up attendee checks in with the current code (scanned, or typed on H5); once per person. */
export const checkIn = defineContract<{ checkedInAt: string }>()({
  fn: 'activities',
  action: 'checkIn',
  input: z
    .object({
      activityId: docId,
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/, '签到码为6位数字'),
    })
    .strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** The organiser ticks names on the roster instead (someone without a phone). */
export const markAttendance = defineContract<{ marked: number }>()({
  fn: 'activities',
  action: 'markAttendance',
  input: z.object({ activityId: docId, signupIds: z.array(docId).min(1, '请选择到场人员').max(500) }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

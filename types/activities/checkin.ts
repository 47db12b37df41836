import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';

/** Seconds a check-in code is shown before it changes. */
export const CHECKIN_WINDOW_SECONDS = 30;

/**
 * What the organiser's QR code holds: this prefix and the window's scan token (22 URL-safe base64 characters,
 * 128 bits from the activity's secret), so a scan is told apart from any other QR code.
 */
export const CHECKIN_QR_PREFIX = 'vetgrid-checkin:';
export const SCAN_TOKEN = /^[A-Za-z0-9_-]{22}$/;
/** What a person hears who scanned some other QR code. */
export const NOT_A_CHECKIN_QR = '这不是活动签到二维码，请扫描组织者手机上的签到码';

/**
 * The organiser's rotating check-in code: six digits to type, and the scan token the QR code holds (both change
 * together). `secondsLeft` is counted on the server's clock: the phone counts down from it, so a phone whose own
 * clock is wrong still asks for the next code.
 */
export const checkinCode = defineContract<{
  code: string;
  scanToken: string;
  expiresAt: string;
  secondsLeft: number;
}>()({
  fn: 'activities',
  action: 'checkinCode',
  input: z.object({ activityId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/**
 * A signed-up attendee checks in with the six digits typed (on H5, or when the camera cannot read the QR code);
 * once per person. Each try counts against the typed-code budget (types/common/rate-limits.ts).
 */
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

/**
 * A signed-up attendee checks in by scanning the organiser's QR code (weapp, Taro.scanCode); once per person.
 * The token cannot be guessed (128 bits, good for 30 to 60 seconds), so a try costs no typed-code budget.
 */
export const checkInByScan = defineContract<{ checkedInAt: string }>()({
  fn: 'activities',
  action: 'checkInByScan',
  input: z
    .object({
      activityId: docId,
      token: z.string().trim().regex(SCAN_TOKEN, NOT_A_CHECKIN_QR),
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

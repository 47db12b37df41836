import { createHmac } from 'node:crypto';
import { CHECKIN_WINDOW_SECONDS } from '../../../types/activities/checkin';
import { sameSecret } from '../../_kernel/same-secret';

const WINDOW_MS = CHECKIN_WINDOW_SECONDS * 1000;
const windowOf = (now: Date) => Math.floor(now.getTime() / WINDOW_MS);

function codeAt(secret: string, window: number): string {
  const digest = createHmac('sha256', secret).update(String(window)).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** The QR code's token of a window: 128 bits of another HMAC of the same secret, so a code tells nothing of it. */
function scanTokenAt(secret: string, window: number): string {
  return createHmac('sha256', secret).update(`scan:${window}`).digest().subarray(0, 16).toString('base64url');
}

/** The code and the QR code's token shown now, and when they change. */
export function currentCode(secret: string, now: Date): { code: string; scanToken: string; expiresAt: Date } {
  const window = windowOf(now);
  return {
    code: codeAt(secret, window),
    scanToken: scanTokenAt(secret, window),
    expiresAt: new Date((window + 1) * WINDOW_MS),
  };
}

/**
 * Whether `code` is the one shown now or in the window just before (a code scanned at the turn of a window
 * still counts): a code is good for 30 to 60 seconds.
 */
export function codeValid(secret: string, code: string, now: Date): boolean {
  const window = windowOf(now);
  return sameSecret(code, codeAt(secret, window)) || sameSecret(code, codeAt(secret, window - 1));
}

/** Whether `token` is the QR code's token now or in the window just before: good for 30 to 60 seconds. */
export function scanTokenValid(secret: string, token: string, now: Date): boolean {
  const window = windowOf(now);
  return sameSecret(token, scanTokenAt(secret, window)) || sameSecret(token, scanTokenAt(secret, window - 1));
}

const HOUR = 3_600_000;

/** Check-in is open from an hour before the start to an hour after the end. */
export function checkinWindowOpen(activity: { startAt: Date; endAt: Date }, now: Date): boolean {
  const t = now.getTime();
  return t >= activity.startAt.getTime() - HOUR && t <= activity.endAt.getTime() + HOUR;
}

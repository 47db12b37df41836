import { createHmac } from 'node:crypto';
import { CHECKIN_WINDOW_SECONDS } from '../../../types/activities/checkin';

const WINDOW_MS = CHECKIN_WINDOW_SECONDS * 1000;

function codeAt(secret: string, window: number): string {
  const digest = createHmac('sha256', secret).update(String(window)).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** The code shown now, and when it changes. */
export function currentCode(secret: string, now: Date): { code: string; expiresAt: Date } {
  const window = Math.floor(now.getTime() / WINDOW_MS);
  return { code: codeAt(secret, window), expiresAt: new Date((window + 1) * WINDOW_MS) };
}

/**
 * Whether `code` is the one shown now or in the window just before (a code scanned at the turn of a window
 * still counts): a code is good for 30 to 60 seconds.
 */
export function codeValid(secret: string, code: string, now: Date): boolean {
  const window = Math.floor(now.getTime() / WINDOW_MS);
  return code === codeAt(secret, window) || code === codeAt(secret, window - 1);
}

const HOUR = 3_600_000;

/** Check-in is open from an hour before the start to an hour after the end. */
export function checkinWindowOpen(activity: { startAt: Date; endAt: Date }, now: Date): boolean {
  const t = now.getTime();
  return t >= activity.startAt.getTime() - HOUR && t <= activity.endAt.getTime() + HOUR;
}

import { randomBytes } from 'node:crypto';

/**
 * Timeline keys: 13 digits of milliseconds then 8 hex characters, so string order is time order and two
 * writers in the same millisecond still get distinct keys. Messages and notices use them as `_id`
 * (history pages by `_id`) and as `rev` (a new key on every change, which sync reads).
 */
export function timelineKey(at: Date): string {
  return `${floorKey(at)}${randomBytes(4).toString('hex')}`;
}

/** The smallest key of an instant: every key made at or after `at` is greater. */
export function floorKey(at: Date): string {
  return String(Math.max(0, at.getTime())).padStart(13, '0');
}

/** Sync reads a little behind its cursor: writers on other instances may commit a key slightly older. */
export const SYNC_LOOKBACK_MS = 5_000;

/** Where the sync query starts: the cursor, but never later than LOOKBACK before now (the client de-duplicates by key). */
export function syncFrom(cursor: string, now: Date): string {
  const floor = floorKey(new Date(now.getTime() - SYNC_LOOKBACK_MS));
  return cursor && cursor < floor ? cursor : floor;
}

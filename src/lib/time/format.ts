import dayjs from 'dayjs';

/** Instants are stored in UTC and shown in Beijing time (UTC+8, no daylight saving). */
const beijing = (iso: string) => dayjs(iso).add(8 * 60 + new Date(iso).getTimezoneOffset(), 'minute');

/** 3月1日 10:30 */
export function shortDate(iso: string): string {
  return beijing(iso).format('M月D日 HH:mm');
}

/** 2026-03-01 */
export function day(iso: string): string {
  return beijing(iso).format('YYYY-MM-DD');
}

/** 2026年3月1日 10:30: a date nobody has to decode (steps of an application, 长辈模式). */
export function fullDate(iso: string): string {
  return beijing(iso).format('YYYY年M月D日 HH:mm');
}

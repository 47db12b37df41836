import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * The client's one formatter of instants: stored in UTC, shown in Asia/Shanghai (UTC+8, no daylight saving),
 * whatever the phone's own time zone. Calendar arithmetic shared with the functions is in
 * `types/common/shanghai-time`.
 */
export function shanghai(iso: string | Date | null, pattern = 'M月D日 HH:mm'): string {
  return iso ? dayjs(iso).utcOffset(480).format(pattern) : '';
}

/** 3月1日 10:30 */
export function shortDate(iso: string): string {
  return shanghai(iso, 'M月D日 HH:mm');
}

/** 2026-03-01 */
export function day(iso: string | Date): string {
  return shanghai(iso, 'YYYY-MM-DD');
}

/** 2026-03-01 10:30 */
export function minute(iso: string): string {
  return shanghai(iso, 'YYYY-MM-DD HH:mm');
}

/** 2026年3月1日 10:30: a date nobody has to decode (steps of an application, 长辈模式). */
export function fullDate(iso: string): string {
  return shanghai(iso, 'YYYY年M月D日 HH:mm');
}

/** Now as a datetime with the Shanghai offset, e.g. 2026-03-01T10:30:00+08:00 for 发现时间. */
export function nowWithOffset(): string {
  return dayjs().utcOffset(480).format('YYYY-MM-DDTHH:mm:ssZ');
}

/** A Shanghai calendar day counted from today (0 = today, 1 = tomorrow), YYYY-MM-DD: a form's first date. */
export function dayFromToday(days: number): string {
  return dayjs().utcOffset(480).add(days, 'day').format('YYYY-MM-DD');
}

/**
 * The instant (ISO, UTC) of a Shanghai date (YYYY-MM-DD) and time of day (HH:mm) as a form holds them; ''
 * for a day or time the form does not hold yet (the action answers which field to fill).
 */
export function instantAt(date: string, time: string): string {
  const at = dayjs(`${date}T${time}:00+08:00`);
  return at.isValid() ? at.toISOString() : '';
}

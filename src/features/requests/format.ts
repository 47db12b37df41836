import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Beijing time (UTC+8, no daylight saving), as the people using the app read it. */
export function beijing(iso: string | null, pattern = 'M月D日 HH:mm'): string {
  return iso ? dayjs(iso).utcOffset(480).format(pattern) : '';
}

/** A deadline is the end of a working day: shown as that day ("12月8日当天"), not the next midnight. */
export function dueText(iso: string | null, overdue: boolean): string {
  if (!iso) return '';
  const day = beijing(new Date(new Date(iso).getTime() - 1).toISOString(), 'M月D日');
  return overdue ? `已超期（应于 ${day} 前答复）` : `${day}（含当天）前`;
}

import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Beijing time (UTC+8, no daylight saving), as the people using the app read it. */
export function beijing(iso: string | null, pattern = 'M月D日 HH:mm'): string {
  return iso ? dayjs(iso).utcOffset(480).format(pattern) : '';
}

export function dueText(iso: string | null, overdue: boolean): string {
  if (!iso) return '';
  return overdue ? `已超期（期限 ${beijing(iso)}）` : `${beijing(iso)} 前`;
}

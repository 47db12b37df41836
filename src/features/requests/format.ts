import { shanghai } from '../../lib/time/format';

/** A deadline is the end of a working day: shown as that day ("12月8日当天"), not the next midnight. */
export function dueText(iso: string | null, overdue: boolean): string {
  if (!iso) return '';
  const day = shanghai(new Date(new Date(iso).getTime() - 1), 'M月D日');
  return overdue ? `已超期（应于 ${day} 前答复）` : `${day}（含当天）前`;
}

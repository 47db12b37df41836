import { endOfShanghaiDay, nextDay, shanghaiDay } from '../common/shanghai-time';
import { HOLIDAY_CALENDAR } from './holidays';

const HOLIDAYS = new Set(HOLIDAY_CALENDAR.flatMap((y) => y.holidays));
const WORKDAYS = new Set(HOLIDAY_CALENDAR.flatMap((y) => y.workdays));

export function isWorkingDay(day: string): boolean {
  if (WORKDAYS.has(day)) return true;
  if (HOLIDAYS.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The deadline `days` working days after `from`: the end of the `days`-th working day after the local
 * day of `from`; with 0, the end of that day if it is a working day, else of the next working day.
 */
export function dueAfterWorkingDays(from: Date, days: number): Date {
  let day = shanghaiDay(from);
  if (days === 0) {
    while (!isWorkingDay(day)) day = nextDay(day);
    return endOfShanghaiDay(day);
  }
  let left = days;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day)) left -= 1;
  }
  return endOfShanghaiDay(day);
}

import { HOLIDAY_CALENDAR } from './holidays';

/** Beijing time has no daylight saving: a fixed +8 h offset turns instants into local calendar days. */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const HOLIDAYS = new Set(HOLIDAY_CALENDAR.flatMap((y) => y.holidays));
const WORKDAYS = new Set(HOLIDAY_CALENDAR.flatMap((y) => y.workdays));

/** The local (Asia/Shanghai) calendar day of an instant, as YYYY-MM-DD. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  if (WORKDAYS.has(day)) return true;
  if (HOLIDAYS.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextDay(day: string): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
}

/** The end (next local midnight, as a UTC instant) of a local day. */
function endOf(day: string): Date {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS - OFFSET_MS);
}

/**
 * The deadline `days` working days after `from`: the end of the `days`-th working day after the local
 * day of `from`; with 0, the end of that day if it is a working day, else of the next working day.
 */
export function dueAfterWorkingDays(from: Date, days: number): Date {
  let day = localDay(from);
  if (days === 0) {
    while (!isWorkingDay(day)) day = nextDay(day);
    return endOf(day);
  }
  let left = days;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day)) left -= 1;
  }
  return endOf(day);
}

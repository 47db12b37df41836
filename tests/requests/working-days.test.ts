/** @jest-environment node */
import { shanghaiDay as localDay } from '../../types/common/shanghai-time';
import { dueAfterWorkingDays, isWorkingDay } from '../../types/requests/working-days';
import { HOLIDAY_CALENDAR } from '../../types/requests/holidays';

const bj = (local: string) => new Date(`${local}+08:00`);
const endOfDay = (day: string) => bj(`${day}T00:00:00`).getTime() + 86_400_000;

describe('working days follow the holiday calendar', () => {
  it('knows weekends, holidays and make-up working days (调休) of 2026', () => {
    expect(isWorkingDay('2026-11-30')).toBe(true); // Monday
    expect(isWorkingDay('2026-11-29')).toBe(false); // Sunday
    expect(isWorkingDay('2026-10-05')).toBe(false); // 国庆 Monday
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday made a working day
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-01-04')).toBe(true); // Sunday made a working day
  });

  it('counts in Beijing days: 23:30 Beijing on Friday is Friday, not Saturday', () => {
    expect(localDay(bj('2026-11-27T23:30:00'))).toBe('2026-11-27');
    expect(localDay(bj('2026-11-28T00:30:00'))).toBe('2026-11-28');
  });

  it('one working day after a Friday is the end of Monday', () => {
    expect(dueAfterWorkingDays(bj('2026-11-27T15:00:00'), 1).getTime()).toBe(endOfDay('2026-11-30'));
  });

  it('seven working days from before 国庆 skip the holiday week and count the make-up Saturday', () => {
    // Sep 28 (Mon) → 29, 30, [Oct 1-7 off], 8, 9, 10 (Sat, working), 12, 13
    expect(dueAfterWorkingDays(bj('2026-09-28T10:00:00'), 7).getTime()).toBe(endOfDay('2026-10-13'));
  });

  it('urgent (0 days) is due the same day, or the next working day when filed on a holiday', () => {
    expect(dueAfterWorkingDays(bj('2026-11-30T10:00:00'), 0).getTime()).toBe(endOfDay('2026-11-30'));
    expect(dueAfterWorkingDays(bj('2026-02-16T10:00:00'), 0).getTime()).toBe(endOfDay('2026-02-24'));
  });

  it('the calendar says which years are provisional and must be reviewed', () => {
    expect(HOLIDAY_CALENDAR.map((y) => [y.year, y.provisional])).toEqual([
      [2026, false],
      [2027, true],
    ]);
  });
});

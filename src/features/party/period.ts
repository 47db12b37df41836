import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** This year so far, as Shanghai calendar days (YYYY-MM-DD): the period a branch's pages open with. */
export function thisYear(): { from: string; to: string } {
  const today = dayjs().utcOffset(480);
  return { from: `${today.format('YYYY')}-01-01`, to: today.add(1, 'year').format('YYYY-MM-DD') };
}

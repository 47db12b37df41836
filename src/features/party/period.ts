import { dayFromToday } from '../../lib/time/format';

/** This calendar year in Shanghai (YYYY-MM-DD, inclusive): the period a branch's pages open with. */
export function thisYear(): { from: string; to: string } {
  const year = dayFromToday(0).slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

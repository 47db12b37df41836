/** Calendar arithmetic in Asia/Shanghai (UTC+8, no daylight saving) for instants stored as UTC Dates. */
const OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 24 * 3600_000;

/** YYYY-MM-DD of an instant in Shanghai. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** YYYY-MM of an instant in Shanghai. */
export function shanghaiMonth(at: Date): string {
  return shanghaiDay(at).slice(0, 7);
}

/** The instant a Shanghai calendar day begins. */
export function startOfShanghaiDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}

/** The instant a Shanghai month begins (YYYY-MM). */
export function startOfShanghaiMonth(month: string): Date {
  return startOfShanghaiDay(`${month}-01`);
}

/** The month after YYYY-MM. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Months from..to inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 240; m = nextMonth(m)) out.push(m);
  return out;
}

/** Birth dates on or before this day make a person 80 or older on `at` (Shanghai calendar). */
export function aged80Cutoff(at: Date): string {
  const day = shanghaiDay(at);
  return `${Number(day.slice(0, 4)) - 80}${day.slice(4)}`;
}

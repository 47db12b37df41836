/**
 * Shanghai time, the one module for both sides' calendar arithmetic. Instants are stored as UTC Dates and read
 * in Asia/Shanghai, which has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
 * Days are YYYY-MM-DD, months YYYY-MM.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 24 * 3600_000;

/** YYYY-MM-DD of an instant in Shanghai. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** YYYY-MM of an instant in Shanghai. */
export function shanghaiMonth(at: Date): string {
  return shanghaiDay(at).slice(0, 7);
}

/** "2026-03-01 09:30" in Shanghai: how exports and subscribe messages show a time. */
export function shanghaiMinute(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a Shanghai calendar day begins. */
export function startOfShanghaiDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

/** The instant after a Shanghai calendar day ends (the next day's start). */
export function endOfShanghaiDay(day: string): Date {
  return new Date(startOfShanghaiDay(day).getTime() + DAY_MS);
}

/** The calendar day after YYYY-MM-DD. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
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

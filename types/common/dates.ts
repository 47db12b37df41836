import { z } from 'zod';
import { DAY_MS, shanghaiDay } from './shanghai-time';

/** The years any date the app records or plans can plausibly fall in (issue 13 item 4: 1900 and 2999 got through). */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2099-12-31';

/**
 * A calendar day YYYY-MM-DD (a day in Asia/Shanghai), the one schema for every date field: it must exist
 * and lie between 2000 and 2099. Fields tied to today narrow it with `dayWithin` (a visit not in the
 * future, a campaign within a few years).
 */
export const calendarDay = z
  .string({ required_error: '请选择日期' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    '日期不存在',
  )
  .refine((s) => s >= FIRST_DAY && s <= LAST_DAY, '请填写2000年至2099年之间的日期');

/**
 * The clock that schemas read "today" and "now" from WHILE PARSING. A schema is built once at module load
 * and a function instance lives for hours, so no schema may capture today: each check calls `parseNow()`.
 * The server parses inside `parsingAt(ctx clock, ...)` (the router), so a rule agrees with the action's
 * clock (and with the local cloud's controlled clock in tests); the app's pre-check reads the device clock.
 * Zod parsing is synchronous, so setting and restoring around one parse cannot leak into another call.
 */
let parseClock: Date | null = null;

export function parsingAt<T>(now: Date, parse: () => T): T {
  const before = parseClock;
  parseClock = now;
  try {
    return parse();
  } finally {
    parseClock = before;
  }
}

/** The instant a parse runs at (see `parsingAt`). */
export function parseNow(): Date {
  return parseClock ?? new Date();
}

/** YYYY-MM-DD `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A calendar day between `back` days before today and `ahead` days after it (Shanghai calendar, the parse's
 * clock). `message` says the window to the person: 「走访日期应在一年内且不晚于今天」.
 */
export function dayWithin(back: number, ahead: number, message: string) {
  return calendarDay.refine((s) => {
    const today = shanghaiDay(parseNow());
    return s >= addDays(today, -back) && s <= addDays(today, ahead);
  }, message);
}

/**
 * A field's window of days around today: what its schema accepts (`dayIn`) and what its date picker offers
 * (`windowDays` from the device's today), declared once beside the contract so the two cannot drift.
 */
export interface DayWindow {
  back: number;
  ahead: number;
  message: string;
}

export const dayWindow = (back: number, ahead: number, message: string): DayWindow => ({ back, ahead, message });

/** The schema of a field with this window (see `dayWithin`). */
export const dayIn = (w: DayWindow) => dayWithin(w.back, w.ahead, w.message);

/** The first and last day of a window as seen on `today` (YYYY-MM-DD): a date picker's start and end. */
export function windowDays(w: Pick<DayWindow, 'back' | 'ahead'>, today: string): { start: string; end: string } {
  return { start: addDays(today, -w.back), end: addDays(today, w.ahead) };
}

/** An ISO instant with its offset (a meeting's or an activity's start as the form sends it). */
export const isoInstant = z.string().datetime({ offset: true, message: '时间格式不正确' });

/** An ISO instant between `backMs` before and `aheadMs` after the parse's clock. */
export function instantWithin(backMs: number, aheadMs: number, message: string, format = '时间格式不正确') {
  return z
    .string()
    .datetime({ offset: true, message: format })
    .refine((s) => {
      const at = Date.parse(s);
      const now = parseNow().getTime();
      return at >= now - backMs && at <= now + aheadMs;
    }, message);
}

/** Birth dates the app takes: from 1920-01-01 (the oldest veteran alive) to today. */
export const FIRST_BIRTH_DAY = '1920-01-01';

import { z } from 'zod';

/** The years any date the app records or plans can plausibly fall in (issue 13 item 4: 1900 and 2999 got through). */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2099-12-31';

/**
 * A calendar day YYYY-MM-DD (a day in Asia/Shanghai), the one schema for every date field: it must exist
 * and lie between 2000 and 2099. Ranges tied to today (a visit not in the future, a campaign within a few
 * years) are still to come: they need the server's clock at parse (issue 13 item 4).
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

import { z } from 'zod';

/** A calendar day as the office writes it: YYYY-MM-DD (Asia/Shanghai). */
export const calendarDay = z
  .string({ required_error: '请选择日期' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    '日期不存在',
  );

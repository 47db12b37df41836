import { z } from 'zod';

/** An amount in integer fen, never negative, capped at `maxYuan` (absurd amounts are refused). */
export function fen(maxYuan: number, what = '金额') {
  return z
    .number({ required_error: `请填写${what}`, invalid_type_error: `${what}应为数字` })
    .int(`${what}应以分为单位的整数`)
    .min(0, `${what}不能为负数`)
    .max(maxYuan * 100, `${what}过大（上限 ${maxYuan.toLocaleString('en-US')} 元），请核对`);
}

/** A calendar date YYYY-MM-DD (a day in Asia/Shanghai). */
export const calendarDate = z
  .string({ required_error: '请选择日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    '日期不正确',
  );

/** A month YYYY-MM. */
export const calendarMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 年-月');

/** ¥1,234.50 from fen. */
export function yuan(fenAmount: number): string {
  return `¥${(fenAmount / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

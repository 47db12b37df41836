import { z } from 'zod';

/** An amount in integer fen, never negative, capped at `maxYuan` (absurd amounts are refused). */
export function fen(maxYuan: number, what = '金额') {
  return z
    .number({ required_error: `请填写${what}`, invalid_type_error: `${what}应为数字` })
    .int(`${what}应以分为单位的整数`)
    .min(0, `${what}不能为负数`)
    .max(maxYuan * 100, `${what}过大（上限 ${maxYuan.toLocaleString('en-US')} 元），请核对`);
}

/** A month YYYY-MM. */
export const calendarMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 年-月');

/** ¥1,234.50 from fen. */
export function yuan(fenAmount: number): string {
  return `¥${(fenAmount / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

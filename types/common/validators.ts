import { z } from 'zod';
import { lineText } from './text';

/** Weights and check characters of GB 11643-1999 (18-digit resident ID). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** Birth date (YYYY-MM-DD) encoded in an 18-digit ID number, or null when it is not a real date. */
export function idBirthDate(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

export const idCardNumber = z
  .string({ required_error: '请填写身份证号' })
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((id, ctx) => {
    if (!/^\d{17}[\dX]$/.test(id)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: '身份证号应为18位，最后一位可以是数字或X' });
      return;
    }
    const birth = idBirthDate(id);
    if (!birth || Number(id.slice(6, 10)) < 1900) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: '身份证号中的出生日期不正确' });
      return;
    }
    if (idCheckChar(id.slice(0, 17)) !== id[17]) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: '身份证号校验位不正确，请核对后重新输入' });
    }
  });

export const mainlandMobile = z
  .string({ required_error: '请填写手机号' })
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请填写11位中国大陆手机号');

export const personName = z
  .string({ required_error: '请填写姓名' })
  .trim()
  .min(1, '请填写姓名')
  .max(30, '姓名不能超过30个字')
  // Spaces only (a plain or an ideographic one), not \s: a newline or tab in a name is never meant.
  .regex(/^[\u4e00-\u9fa5A-Za-z·•. \u3000]+$/, '姓名只能包含汉字、字母和间隔号');

export const docId = lineText().min(1, '缺少编号').max(64, '编号过长');

/** 110101********1234: first 6 and last 4 of an ID number. */
export function maskIdNumber(id: string): string {
  return id.length < 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** 张*国, 李*: a name with its middle (or, for two characters, its last) replaced. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

import { z } from 'zod';
import { lineText } from '../common/text';
import { idCardNumber, mainlandMobile, personName } from '../common/validators';
import { DEPENDANT_TYPES, LIVING_ARRANGEMENTS, WORK_STATUSES } from './model';

/**
 * Parsers for the values a person types (or a spreadsheet cell holds) for one field of a file. Every
 * parser takes a string and gives the stored value, or fails with a Chinese message.
 */
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** YYYY-MM-DD (also YYYY/M/D, YYYY.M.D, YYYY年M月D日), a real date, normalised to YYYY-MM-DD. */
export function normaliseDate(raw: string): string | null {
  const m = DATE.exec(raw.trim().replace(/[/.]/g, '-').replace(/年|月/g, '-').replace(/日$/, ''));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date; whether it lies in the past is checked against the kernel clock (see file-checks.ts). */
export const dateValue = (label: string) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      const date = normaliseDate(s);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: `${label}格式应为 年-月-日，例如 1990-12-01` });
        return z.NEVER;
      }
      return date;
    });

export const optionalDate = (label: string) => z.union([z.literal('').transform(() => null), dateValue(label)]);

export const shortText = (label: string, max = 100) => lineText().max(max, `${label}不能超过${max}个字`);

export const requiredText = (label: string, max = 100) => shortText(label, max).min(1, `请填写${label}`);

export const oneOf = <T extends readonly string[]>(label: string, values: T) =>
  z
    .string()
    .trim()
    .refine((v): v is T[number] => (values as readonly string[]).includes(v), {
      message: `${label}只能是：${values.join('、')}`,
    });

export const nullableOneOf = <T extends readonly string[]>(label: string, values: T) =>
  z.union([z.literal('').transform(() => null), oneOf(label, values)]);

export const genderValue = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '男' || s === 'male') return 'male' as const;
    if (s === '女' || s === 'female') return 'female' as const;
    ctx.addIssue({ code: 'custom', message: '性别只能是：男、女' });
    return z.NEVER;
  });

export const yesNo = (label: string) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (['是', '党员', '中共党员', 'true'].includes(s)) return true;
      if (['否', '', '群众', 'false'].includes(s)) return false;
      ctx.addIssue({ code: 'custom', message: `${label}只能填“是”或“否”` });
      return z.NEVER;
    });

/** 立功受奖: "三等功 1998；嘉奖 2001" — a level and a year each. */
export const awardsValue = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const items = s
      .split(/[;；,，、]/)
      .map((x) => x.trim())
      .filter(Boolean);
    const awards: { level: string; year: number }[] = [];
    for (const item of items) {
      const m = /^(.+?)\s*(\d{4})\s*年?$/.exec(item);
      if (!m || Number(m[2]) < 1930) {
        ctx.addIssue({ code: 'custom', message: `立功受奖“${item}”应写作 等级+年份，例如“三等功 1998”` });
        return z.NEVER;
      }
      awards.push({ level: m[1].trim(), year: Number(m[2]) });
    }
    return awards;
  });

export const lifeStatusValue = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const map: Record<string, 'in_district' | 'moved_out' | 'deceased'> = {
      在区: 'in_district',
      已迁出: 'moved_out',
      已故: 'deceased',
    };
    if (map[s]) return map[s];
    ctx.addIssue({ code: 'custom', message: '人员状态只能是：在区、已迁出、已故' });
    return z.NEVER;
  });

export const values = {
  personName,
  idCardNumber,
  mainlandMobile,
  optionalMobile: z.union([z.literal('').transform(() => null), mainlandMobile]),
  dependantType: nullableOneOf('优抚类别', DEPENDANT_TYPES),
  workStatus: nullableOneOf('就业情况', WORK_STATUSES),
  livingArrangement: nullableOneOf('居住情况', LIVING_ARRANGEMENTS),
};

import { shanghaiDay } from '../../types/common/shanghai-time';
/**
 * WeChat Cloud timer triggers use 7-field cron (`second minute hour day month weekday year`, in Beijing time);
 * croner takes 5 or 6 fields. This splits off the year, which croner cannot express, for a separate check.
 */
export interface ParsedWechatCron {
  /** The 6-field pattern croner runs. */
  pattern: string;
  /** Whether a fire time in `year` is allowed by the year field. */
  allowsYear(year: number): boolean;
}

/**
 * The year a trigger's year field is checked against: Beijing time's, as WeChat Cloud evaluates triggers
 * (a run at 00:30 on New Year's Day in Beijing is 16:30 UTC on New Year's Eve).
 */
export function triggerYear(at: Date): number {
  return Number(shanghaiDay(at).slice(0, 4));
}

export function parseWechatCron(expression: string): ParsedWechatCron {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 6 && fields.length !== 7) {
    throw new Error(`定时触发器 cron 表达式应有 7 个字段（秒 分 时 日 月 星期 年）: "${expression}"`);
  }
  const year = fields.length === 7 ? fields[6] : '*';
  return { pattern: fields.slice(0, 6).join(' '), allowsYear: yearMatcher(year, expression) };
}

function yearMatcher(field: string, expression: string): (year: number) => boolean {
  if (field === '*' || field === '?') return () => true;
  const ranges = field.split(',').map((part) => {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    if (!match) throw new Error(`不支持的年份字段 "${field}": "${expression}"`);
    return [Number(match[1]), Number(match[2] ?? match[1])] as const;
  });
  return (year) => ranges.some(([from, to]) => year >= from && year <= to);
}

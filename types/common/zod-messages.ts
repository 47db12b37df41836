import { z } from 'zod';

const CHINESE = /[\u4e00-\u9fff]/;
const GENERIC = '填写的内容有误，请检查后重试';

const typeName: Partial<Record<string, string>> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组信息',
  date: '日期',
};

/**
 * zod's messages in Chinese, for issues a schema gave no message of its own (its own `message` and its
 * field-level `errorMap` still win: a message that is already Chinese is kept). The router parses every
 * action's input with it (cloudfunctions/_kernel/router.ts), so no user ever reads zod's English.
 */
export const chineseErrorMap: z.ZodErrorMap = (issue, ctx) => {
  if (CHINESE.test(ctx.defaultError)) return { message: ctx.defaultError };
  return { message: chineseMessage(issue) };
};

function chineseMessage(issue: z.ZodIssueOptionalMessage): string {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return '请填写此项';
      return typeName[issue.expected] ? `应填写${typeName[issue.expected]}` : GENERIC;
    case z.ZodIssueCode.unrecognized_keys:
      return `不支持的字段：${issue.keys.join('、')}`;
    case z.ZodIssueCode.invalid_enum_value:
    case z.ZodIssueCode.invalid_literal:
    case z.ZodIssueCode.invalid_union_discriminator:
      return '请从给出的选项中选择';
    case z.ZodIssueCode.invalid_date:
      return '日期不正确';
    case z.ZodIssueCode.invalid_string:
      return '格式不正确';
    case z.ZodIssueCode.too_small:
      return tooSmall(issue.type, Number(issue.minimum), issue.inclusive);
    case z.ZodIssueCode.too_big:
      return tooBig(issue.type, Number(issue.maximum), issue.inclusive);
    case z.ZodIssueCode.not_multiple_of:
      return `应为${issue.multipleOf}的整数倍`;
    case z.ZodIssueCode.not_finite:
      return '应为有效的数字';
    default:
      return GENERIC;
  }
}

function tooSmall(type: string, min: number, inclusive: boolean): string {
  if (type === 'string') return min <= 1 ? '请填写此项' : `至少${inclusive ? min : min + 1}个字`;
  if (type === 'array' || type === 'set') return `至少${inclusive ? min : min + 1}项`;
  if (type === 'date') return inclusive ? `不能早于${new Date(min).toISOString().slice(0, 10)}` : '日期太早';
  return inclusive ? `不能小于${min}` : `应大于${min}`;
}

function tooBig(type: string, max: number, inclusive: boolean): string {
  if (type === 'string') return `不能超过${inclusive ? max : max - 1}个字`;
  if (type === 'array' || type === 'set') return `最多${inclusive ? max : max - 1}项`;
  if (type === 'date') return inclusive ? `不能晚于${new Date(max).toISOString().slice(0, 10)}` : '日期太晚';
  return inclusive ? `不能大于${max}` : `应小于${max}`;
}

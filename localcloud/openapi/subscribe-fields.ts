/**
 * WeChat's rules for the value of each subscribe-message keyword, by the keyword's type (its name without
 * the trailing number: `thing1` is a thing). Source: 订阅消息参数值内容限制说明, in the documentation of
 * subscribeMessage.send (developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/
 * subscribe-message/sendMessage.html). "Symbols" are the common characters other than Chinese, letters and
 * digits, never control characters such as a line break. A value outside its rule is refused with 47003.
 */
const HAN = /\p{Script=Han}/u;
const LETTER = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const CONTROL = /\p{Cc}/u;

const chars = (v: string) => [...v];
const isSymbol = (c: string) => !HAN.test(c) && !LETTER.test(c) && !DIGIT.test(c) && !CONTROL.test(c);
const only = (v: string, test: (c: string) => boolean) => chars(v).every(test);

// Dates: y年m月d日, y年m月, m月d日, or joined by - / . (2018-01-01, 2018/01/01, 2018.01.01, 2018-01, 01-01).
const DATE = String.raw`(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{4}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2})`;
// Times: 24-hour HH:MM or HH:MM:SS.
const TIME = String.raw`(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)`;
/** time: a time, optionally after a date; a span joins two with "~". */
const TIME_POINT = new RegExp(`^(?:${DATE}\\s*)?${TIME}$`);
/** date: a date, optionally followed by a time; a span joins two with "~". */
const DATE_POINT = new RegExp(`^${DATE}(?:\\s*${TIME})?$`);
const span = (point: RegExp) => (v: string) => {
  const parts = v.split('~').map((p) => p.trim());
  return parts.length <= 2 && parts.every((p) => point.test(p));
};

/** One rule per keyword type: does the value fit. */
export const FIELD_RULES: Record<string, (value: string) => boolean> = {
  /** 20个以内字符, 可汉字、数字、字母或符号组合 */
  thing: (v) => chars(v).length <= 20 && !CONTROL.test(v),
  /** 32位以内数字, 只能数字, 可带小数 */
  number: (v) => v.length <= 32 && /^\d+(\.\d+)?$/.test(v),
  /** 32位以内字母 */
  letter: (v) => v.length <= 32 && /^[A-Za-z]+$/.test(v),
  /** 5位以内符号 */
  symbol: (v) => chars(v).length <= 5 && only(v, isSymbol),
  /** 32位以内数字、字母或符号 */
  character_string: (v) => chars(v).length <= 32 && only(v, (c) => !HAN.test(c) && !CONTROL.test(c)),
  /** 24小时制时间格式（支持+年月日）, 支持时间段 a~b */
  time: span(TIME_POINT),
  /** 年月日格式（支持+24小时制时间）, 支持时间段 a~b */
  date: span(DATE_POINT),
  /** 1个币种符号 + 10位以内纯数字, 可带小数, 结尾可带“元” */
  amount: (v) => /^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  /** 17位以内, 数字、符号 */
  phone_number: (v) => chars(v).length <= 17 && only(v, (c) => DIGIT.test(c) || isSymbol(c)) && DIGIT.test(v),
  /** 8位以内, 第一位与最后一位可为汉字, 其余为字母或数字 */
  car_number: (v) =>
    chars(v).length <= 8 && /^[\p{Script=Han}A-Za-z0-9][A-Za-z0-9]*[\p{Script=Han}A-Za-z0-9]?$/u.test(v),
  /** 10个以内纯汉字, 或 20个以内纯字母或符号; 中文和字母混合按中文名算, 10个字内 */
  name: (v) =>
    !CONTROL.test(v) &&
    (HAN.test(v)
      ? chars(v).length <= 10 && only(v, (c) => HAN.test(c) || LETTER.test(c) || c === '·')
      : chars(v).length <= 20 && only(v, (c) => LETTER.test(c) || isSymbol(c))),
  /** 5个以内纯汉字 */
  phrase: (v) => chars(v).length <= 5 && only(v, (c) => HAN.test(c)),
};

/** `thing12` -> `thing`; `character_string1` -> `character_string`; null when not a known type. */
export function keywordType(keyword: string): string | null {
  const type = keyword.replace(/\d+$/, '');
  return type !== keyword && type in FIELD_RULES ? type : null;
}

/** Why a value is refused, as WeChat words it in its 47003 errmsg; null when it fits. */
export function fieldProblem(keyword: string, value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return `data.${keyword}.value is empty`;
  const type = keywordType(keyword);
  if (!type || !FIELD_RULES[type](value)) return `data.${keyword}.value invalid`;
  return null;
}

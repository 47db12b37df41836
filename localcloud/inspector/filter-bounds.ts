import ret, { types, type Root, type Token } from 'ret';
import safeRegex from 'safe-regex2';
import { HttpError } from '../server/http-io';

/** Longest regex pattern an inspector filter may carry. */
export const MAX_PATTERN_LENGTH = 100;
/** Most quantifiers one pattern may use (each one multiplies the backtracking work on a long field). */
const MAX_REPETITIONS = 4;
/** Expression operators whose `regex` argument is a pattern. */
const REGEX_EXPRESSIONS = new Set(['$regexMatch', '$regexFind', '$regexFindAll']);

/**
 * The inspector evaluates a typed filter on the server's only thread, so one catastrophic pattern
 * (`^(x+x+)+y$` against a long field) would stall every request. Every pattern in the filter must be a
 * literal (not computed by an expression), short, and of a shape that cannot backtrack exponentially:
 * no nested quantifier (safe-regex2's star height), no alternation or back-reference under a quantifier.
 * Throws 400 naming the pattern otherwise.
 */
export function checkFilterPatterns(filter: unknown): void {
  walk(filter, null);
}

function walk(value: unknown, parentKey: string | null): void {
  if (value instanceof RegExp) return checkPattern(value.source);
  if (typeof value === 'string') {
    if (parentKey === '$regex') checkPattern(value);
    return;
  }
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, parentKey);
    return;
  }
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (REGEX_EXPRESSIONS.has(key)) checkRegexExpression(inner);
    walk(inner, key);
  }
}

function checkRegexExpression(args: unknown): void {
  const regex = (args as { regex?: unknown } | null)?.regex;
  if (typeof regex === 'string') return checkPattern(regex);
  if (regex instanceof RegExp) return checkPattern(regex.source);
  throw refused('正则表达式必须直接写出，不能由表达式计算');
}

function checkPattern(pattern: string): void {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw refused(`正则表达式不能超过 ${MAX_PATTERN_LENGTH} 个字符`);
  }
  let tree: Root;
  try {
    tree = ret(pattern);
    new RegExp(pattern);
  } catch {
    // Not parseable here: mingo would refuse it too; a clear answer is better than its message.
    throw refused(`正则表达式无法解析: ${pattern}`);
  }
  if (!safeRegex(pattern, { limit: MAX_REPETITIONS }) || hasRiskyRepetition(tree, false)) {
    throw refused(`正则表达式可能导致长时间回溯，检查器不执行: ${pattern}`);
  }
}

/** An alternation or a back-reference inside a quantified part (`(a|aa)+`, `(\1)*`) can backtrack exponentially. */
function hasRiskyRepetition(token: Token | Root, underRepetition: boolean): boolean {
  if (token.type === types.REPETITION) return hasRiskyRepetition(token.value, true);
  if (token.type === types.REFERENCE) return underRepetition;
  if (token.type === types.ROOT || token.type === types.GROUP) {
    if (token.options) {
      if (underRepetition && token.options.length > 1) return true;
      return token.options.some((stack) => stack.some((t) => hasRiskyRepetition(t, underRepetition)));
    }
    return (token.stack ?? []).some((t) => hasRiskyRepetition(t, underRepetition));
  }
  return false;
}

function refused(message: string): HttpError {
  return new HttpError(400, 'UNSAFE_FILTER', message);
}

import { z } from 'zod';

/**
 * Free text a person types, as every contract takes it (issue 13 item 4): trimmed, and refused when it holds
 * characters nobody types on purpose that change how text shows to others: C0 and C1 control characters
 * (U+0000-U+001F, U+007F-U+009F) and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069; U+202E turns 「gpj.exe」 into what reads as 「exe.jpg」). Multi-line fields keep newline and
 * tab (and the carriage return some keyboards send with a newline).
 *
 * Both return a ZodString, so a field goes on with `.min()`, `.max()`, `.default()` as before.
 */
const HIDDEN_IN_LINE = /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
const HIDDEN_IN_LINES = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;

export const HIDDEN_CHARACTERS_MESSAGE = '内容含有不可见的控制字符或文字方向控制符，请删除后重试';

/** One line: a name, a title, a place, a note of a few words. */
export const lineText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).trim().regex(HIDDEN_IN_LINE, HIDDEN_CHARACTERS_MESSAGE);

/** Several lines: a description, a message, a notice body. */
export const multilineText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).trim().regex(HIDDEN_IN_LINES, HIDDEN_CHARACTERS_MESSAGE);

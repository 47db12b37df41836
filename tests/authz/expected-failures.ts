/**
 * Known failures of the authorization matrix and the fuzz suite, tracked by issue 13. Each entry says why
 * today's code answers differently from what the product says. The suites stay green while these
 * hold, and FAIL when one stops holding (fixed, or changed): then delete the entry.
 */

/** Refusals of malformed input whose message is zod's English default, not Chinese. */
export const ENGLISH_INPUT_MESSAGES: { id: string; message: RegExp; reason: string }[] = [
  {
    id: 'zod-unrecognized-keys',
    message: /^Unrecognized key\(s\) in object/,
    reason:
      "issue 13: strict schemas refuse unknown keys with zod's English text; the router's inputError " +
      '(cloudfunctions/_kernel/router.ts) replaces only messages starting Required/Invalid/Expected',
  },
  {
    id: 'zod-number-bounds',
    message: /^Number must be/,
    reason: "issue 13: numeric bounds without a message of their own (e.g. a year <= 2100) answer zod's English text",
  },
  {
    id: 'zod-string-length',
    message: /^String must contain/,
    reason:
      "issue 13: ids checked only with .min(1) (groups: groupId, members' openid, fileIds) answer zod's English text",
  },
];

import type { ZodIssue } from 'zod';
import { DEFAULT_MESSAGES, ERROR_CODES, type ErrorCode } from '@types-contract/common/errors';

/** Every failure a page can get from the cloud client: a code, a Chinese message, and the field at fault. */
export class CloudError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  /** One message per input field, when the client-side check found several. */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, message?: string, field?: string, fieldErrors: Record<string, string> = {}) {
    super(message || DEFAULT_MESSAGES[code]);
    this.name = 'CloudError';
    this.code = code;
    this.field = field;
    this.fieldErrors = field && !fieldErrors[field] ? { ...fieldErrors, [field]: this.message } : fieldErrors;
  }

  get retryable(): boolean {
    return this.code === 'NETWORK' || this.code === 'INTERNAL' || this.code === 'RATE_LIMITED';
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** An `{ code, message, field }` from a function or the gateway; anything unexpected becomes INTERNAL. */
export function cloudErrorFromPayload(payload: unknown): CloudError {
  if (payload && typeof payload === 'object') {
    const { code, message, field } = payload as Record<string, unknown>;
    if (isErrorCode(code)) {
      return new CloudError(
        code,
        typeof message === 'string' ? message : undefined,
        typeof field === 'string' ? field : undefined,
      );
    }
  }
  return new CloudError('INTERNAL');
}

/** The input failed its contract's schema: the first issue is the message, every field gets its own. */
export function cloudErrorFromIssues(issues: readonly ZodIssue[]): CloudError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.join('.');
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  const first = issues[0];
  const field = first?.path.length ? first.path.join('.') : undefined;
  return new CloudError('INVALID_INPUT', first?.message, field, fieldErrors);
}

export function networkError(): CloudError {
  return new CloudError('NETWORK', DEFAULT_MESSAGES.NETWORK);
}

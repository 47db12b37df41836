/**
 * Error codes every action may answer with. The message is what the user reads (Simplified Chinese);
 * `field` names the input field at fault where there is one.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_EXISTS',
  'RATE_LIMITED',
  'PRECONDITION_FAILED',
  'CONTENT_REJECTED',
  'CONFLICT_OF_INTEREST',
  'UNKNOWN_ACTION',
  'NETWORK',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ActionError {
  code: ErrorCode;
  message: string;
  field?: string;
}

/** Default Chinese messages; actions may give a more specific one. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '填写的内容有误，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '内容已被他人修改，请刷新后重试',
  ALREADY_EXISTS: '已存在，请勿重复提交',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  PRECONDITION_FAILED: '当前状态下不能进行此操作',
  CONTENT_REJECTED: '内容含有不适宜的信息，请修改后再发',
  CONFLICT_OF_INTEREST: '不能批准或接受自己经手的任命',
  UNKNOWN_ACTION: '不支持的操作',
  NETWORK: '网络连接失败，请检查网络后重试',
  INTERNAL: '系统繁忙，请稍后再试',
};

/** Thrown inside functions; the router turns it into an error envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message?: string, field?: string) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.code = code;
    this.field = field;
  }
  toJSON(): ActionError {
    return this.field
      ? { code: this.code, message: this.message, field: this.field }
      : { code: this.code, message: this.message };
  }
}

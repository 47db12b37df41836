/**
 * Errors the SDK understands. The SDK's requester treats any HTTP 200 body with a truthy `code` as a
 * failure: it throws TcbError(code, message); wx-server-sdk maps `code` through its TCB_ERR_CODE table
 * to `errCode` (unknown codes become -501001) and puts `message` in `errMsg`.
 */
export class LocalCloudError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LocalCloudError';
  }
}

/** The HTTP 200 response body that makes the SDK reject with this error. */
export function sdkErrorBody(err: unknown, requestId?: string): { code: string; message: string; requestId: string } {
  const id = requestId ?? '';
  if (err instanceof LocalCloudError) return { code: err.code, message: err.message, requestId: id };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'SYS_ERR', message: `[InternalError] ${message}`, requestId: id };
}

export const dbErrors = {
  collectionNotExist: (name: string) =>
    new LocalCloudError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${name}`),
  collectionExists: (name: string) =>
    new LocalCloudError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceExist] Table exist: ${name}`),
  duplicate: (collection: string, index: string, key: unknown) =>
    new LocalCloudError(
      'DATABASE_DUPLICATE_WRITE',
      `[DuplicateWrite] E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${JSON.stringify(key)}`,
    ),
  invalidParam: (message: string) => new LocalCloudError('INVALID_PARAM', message),
  requestFailed: (message: string) => new LocalCloudError('DATABASE_REQUEST_FAILED', message),
  invalidOperator: (message: string) => new LocalCloudError('DATABASE_INVALID_OPERRATOR', message),
  conflict: () =>
    new LocalCloudError(
      'DATABASE_TRANSACTION_CONFLICT',
      '[TransactionConflict] a document read or written by this transaction was changed by another write; retry',
    ),
  transactionFail: (message: string) => new LocalCloudError('DATABASE_TRANSACTION_FAIL', message),
  unsupportedAction: (action: string) =>
    new LocalCloudError('INVALID_ACTION', `the local cloud does not implement the action ${action}`),
};

/** The body TCB answers a failed call with (HTTP 200); the SDK turns `code` + `message` into its error. */
export interface TcbErrorBody {
  code: string;
  message: string;
  requestId: string;
}

export class TcbActionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function tcbErrorBody(code: string, message: string, requestId: string): TcbErrorBody {
  return { code, message, requestId };
}

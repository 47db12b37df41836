import { FunctionFailedError, FunctionNotFoundError } from '../functions/function-runner';
import type { TcbAnswer, TcbCall, TcbDeps } from './tcb-endpoint';
import { TcbActionError } from './tcb-errors';

/**
 * functions.invokeFunction: `cloud.callFunction` from inside a function. The target runs with the caller's
 * identity (known from the requestId in the serviceUrl); the answer carries its result as a JSON string.
 */
export async function callFunctionAction(call: TcbCall, deps: TcbDeps): Promise<TcbAnswer> {
  const name = String(call.body.function_name ?? '');
  let event: unknown = {};
  const raw = call.body.request_data;
  if (typeof raw === 'string' && raw.length > 0) {
    try {
      event = JSON.parse(raw);
    } catch {
      throw new TcbActionError('INVALID_PARAM', 'request_data 不是合法的 JSON');
    }
  }
  const identity = deps.requests.get(call.requestId)?.identity ?? undefined;
  try {
    const { requestId, result } = await deps.runner.invoke(name, event, identity);
    return { json: { requestId, data: { response_data: JSON.stringify(result ?? null) } } };
  } catch (err) {
    if (err instanceof FunctionNotFoundError) throw new TcbActionError('FUNCTIONS_REQUEST_FAIL', err.message);
    if (err instanceof FunctionFailedError) throw new TcbActionError('FUNCTIONS_EXECUTE_FAIL', err.message);
    throw err;
  }
}

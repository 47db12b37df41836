import { FunctionFailedError, FunctionNotFoundError } from '../functions/function-runner';
import type { TcbAnswer, TcbCall, TcbDeps } from './tcb-endpoint';
import { TcbActionError } from './tcb-errors';

/**
 * The largest callFunction payload (the event as JSON) the local cloud accepts: 100 KB. WeChat's
 * Cloud.callFunction reference sets 100 KB as the critical size for data (「建议临界值 100KB」, larger fields
 * should go through wx.cloud.CDN / storage), and CloudBase answers EXCEED_MAX_PAYLOAD_SIZE past 100 KB for a
 * text request body. Enforced on cloud.callFunction between functions (the SDK's path); the H5 gateway is
 * not WeChat and keeps its own transport limit.
 */
export const MAX_CALL_PAYLOAD_BYTES = 100 * 1024;

/**
 * functions.invokeFunction: `cloud.callFunction` from inside a function. The target runs with the caller's
 * identity (known from the requestId in the serviceUrl); the answer carries its result as a JSON string.
 */
export async function callFunctionAction(call: TcbCall, deps: TcbDeps): Promise<TcbAnswer> {
  const name = String(call.body.function_name ?? '');
  let event: unknown = {};
  const raw = call.body.request_data;
  if (typeof raw === 'string' && Buffer.byteLength(raw) > MAX_CALL_PAYLOAD_BYTES) {
    throw new TcbActionError(
      'EXCEED_MAX_PAYLOAD_SIZE',
      `callFunction 的参数过大: ${Buffer.byteLength(raw)} 字节，上限 ${MAX_CALL_PAYLOAD_BYTES} 字节（100 KB），大数据请先上传云存储`,
    );
  }
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

import { decodeCommApiData, encodeJsonResponse, OPEN_API } from '../openapi/wire-format';
import type { TcbAnswer, TcbCall, TcbDeps } from './tcb-endpoint';
import { TcbActionError } from './tcb-errors';

/** wx.openApi: multipart with `apiName` and protobuf `requestData` (CommApiData); answers CommOpenApiResp. */
export function openApiAction(call: TcbCall, deps: TcbDeps): TcbAnswer {
  const api = String(call.body.apiName ?? '');
  const payload = call.files.requestData;
  if (!api || !payload) throw new TcbActionError('INVALID_PARAM', 'wx.openApi 请求缺少 apiName 或 requestData');
  let decoded;
  try {
    decoded = decodeCommApiData(payload);
  } catch (err) {
    throw new TcbActionError('INVALID_PARAM', `wx.openApi 的 requestData 无法解析: ${(err as Error).message}`);
  }
  if (decoded.apiType !== OPEN_API) {
    throw new TcbActionError('INVALID_ACTION', `本地云只支持 OPEN_API 类型的 openapi 调用（${api}）`);
  }
  const record = deps.requests.get(call.requestId);
  // A function's calls are checked against its config.json; one with no config.json has no permission at all.
  const permittedApis = record?.functionName
    ? (deps.registry.config(record.functionName)?.permissions?.openapi ?? [])
    : null;
  const answer = deps.openapi.call(api, decoded.params, {
    requestId: record ? call.requestId : null,
    now: deps.now,
    permittedApis,
    appid: record?.identity?.APPID || decoded.appid,
  });
  return { bytes: encodeJsonResponse(answer) };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { FunctionFailedError, FunctionNotFoundError, type FunctionRunner } from '../functions/function-runner';
import { HttpError, parseJsonBody, readBody, sendError, sendJson } from './http-io';

/**
 * POST /gateway/call: how the H5 app reaches its functions (weapp uses Taro.cloud.callFunction instead).
 * The demo identity comes from X-WX-OPENID / X-WX-UNIONID, as an emulator trusts it; the gateway itself
 * requires none — each function decides what an anonymous caller may do.
 */
export async function handleGatewayCall(req: IncomingMessage, res: ServerResponse, runner: FunctionRunner) {
  try {
    const body = parseJsonBody(await readBody(req));
    const fn = body.fn;
    if (typeof fn !== 'string' || fn.length === 0) throw new HttpError(400, 'INVALID_REQUEST', '请求缺少云函数名 fn');
    const openid = headerValue(req, 'x-wx-openid');
    const unionid = headerValue(req, 'x-wx-unionid');
    const identity = runner.identity({ OPENID: openid, UNIONID: unionid });
    // WeChat adds the caller to the event of a call from the mini-program; the gateway does the same.
    const event = { ...asObject(body.data), userInfo: { appId: identity.APPID, openId: identity.OPENID } };
    const { requestId, result } = await runner.invoke(fn, event, identity);
    sendJson(res, 200, { result: result ?? null }, { 'x-request-id': requestId });
  } catch (err) {
    if (err instanceof FunctionNotFoundError) sendError(res, new HttpError(404, err.code, err.message));
    else if (err instanceof FunctionFailedError) {
      sendJson(
        res,
        err.code === 'FUNCTION_TIMEOUT' ? 504 : 500,
        { error: { code: err.code, message: err.message } },
        {
          'x-request-id': err.requestId,
        },
      );
    } else sendError(res, err);
  }
}

/**
 * What CORS allows a configured dev origin (e.g. a Taro dev server) calling the gateway directly; any other
 * origin is refused before this (access-policy.ts), so no other site can act as a demo identity.
 */
export const GATEWAY_CORS = {
  methods: 'POST, OPTIONS',
  headers: 'content-type, x-wx-openid, x-wx-unionid',
  expose: 'x-request-id',
};

function headerValue(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function asObject(data: unknown): Record<string, unknown> {
  if (data === undefined || data === null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new HttpError(400, 'INVALID_REQUEST', 'data 必须是对象');
  return data as Record<string, unknown>;
}

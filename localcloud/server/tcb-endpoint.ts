import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sdkErrorBody, type LocalDatabase } from '../db';
import type { FunctionRegistry } from '../functions/function-registry';
import type { FunctionRunner } from '../functions/function-runner';
import type { OpenApiService } from '../openapi/openapi-service';
import type { StorageService } from '../storage/storage-service';
import { HttpError, parseJsonBody, readBody, sendBytes, sendJson } from './http-io';
import { latencyFor, sleep, type LatencyModel } from './latency';
import { multipartBoundary, parseMultipart } from './multipart';
import type { InvocationFaults } from './invocation-faults';
import type { RequestLog } from './request-log';
import { checkSdkRequest } from './tcb-guard';
import { callFunctionAction } from './tcb-functions';
import { openApiAction } from './tcb-openapi';
import { storageAction } from './tcb-storage';
import { TcbActionError, tcbErrorBody } from './tcb-errors';

export interface TcbDeps {
  db: LocalDatabase;
  requests: RequestLog;
  /** Test hook: an invocation killed right after a write (see invocation-faults.ts). */
  faults?: InvocationFaults;
  storage: StorageService;
  runner: FunctionRunner;
  registry: FunctionRegistry;
  openapi: OpenApiService;
  envId: string;
  now: () => Date;
  /** The injected round-trip time in force (read at each call, so it can change at run time). */
  latency: () => LatencyModel;
}

/** Everything one SDK call needs once its body is parsed. */
export interface TcbCall {
  action: string;
  body: Record<string, unknown>;
  /** Raw bytes of multipart file fields (wx.openApi's requestData). */
  files: Record<string, Buffer>;
  requestId: string;
  env: string;
}

/** A JSON answer, or protobuf bytes (wx.openApi). */
export type TcbAnswer = { json: unknown } | { bytes: Buffer };

/**
 * POST /tcb and /tcb/req/<requestId>: the endpoint the real wx-server-sdk talks to through `serviceUrl`.
 * Action failures answer HTTP 200 with `{ code, message, requestId }`, as TCB does, so the SDK raises them
 * with their message; transport failures (bad JSON, too large) answer 4xx with the same fields.
 */
export async function handleTcb(
  req: IncomingMessage,
  res: ServerResponse,
  pathRequestId: string | null,
  deps: TcbDeps,
) {
  const requestId = pathRequestId ?? `tcb-${randomUUID()}`;
  let call: TcbCall;
  try {
    checkSdkRequest(req);
    call = await readCall(req, requestId, deps.envId);
  } catch (err) {
    const status = err instanceof HttpError ? err.status : 400;
    const code = err instanceof HttpError ? err.code : 'INVALID_REQUEST';
    // A refused or oversized body may still be streaming: answer and close instead of reading it.
    const closing = status === 413 || status === 403 || status === 415;
    if (closing) req.resume();
    sendJson(
      res,
      status,
      tcbErrorBody(code, (err as Error).message, requestId),
      closing ? { connection: 'close' } : {},
    );
    return;
  }
  try {
    // A call is judged when it arrives: one sent before its invocation timed out is carried out even if its
    // answer (after the injected round trip) comes later, as a request already at WeChat's servers would be.
    refuseAfterTimeout(call, deps);
    await sleep(latencyFor(call.action, deps.latency()));
    const answer = await dispatch(call, deps);
    if ('bytes' in answer) sendBytes(res, 200, answer.bytes, 'application/octet-stream');
    else sendJson(res, 200, answer.json);
  } catch (err) {
    if (err instanceof TcbActionError) sendJson(res, 200, tcbErrorBody(err.code, err.message, requestId));
    else if (call.action.startsWith('database.')) sendJson(res, 200, sdkErrorBody(err, requestId));
    else
      sendJson(
        res,
        200,
        tcbErrorBody('SYS_ERR', `本地云处理 ${call.action} 出错: ${(err as Error)?.message ?? err}`, requestId),
      );
  }
}

async function readCall(req: IncomingMessage, requestId: string, defaultEnv: string): Promise<TcbCall> {
  const raw = await readBody(req);
  const boundary = multipartBoundary(req.headers['content-type']);
  const body: Record<string, unknown> = {};
  const files: Record<string, Buffer> = {};
  if (boundary) {
    for (const part of parseMultipart(raw, boundary)) {
      if (part.filename !== undefined || part.contentType === 'application/octet-stream') files[part.name] = part.data;
      else body[part.name] = part.data.toString('utf8');
    }
  } else {
    Object.assign(body, parseJsonBody(raw));
  }
  if (typeof body.action !== 'string' || body.action.length === 0) {
    throw new HttpError(400, 'INVALID_REQUEST', '请求缺少 action 字段');
  }
  const query = new URL(req.url ?? '/', 'http://localcloud').searchParams;
  const env = query.get('env') || (typeof body.envName === 'string' && body.envName) || defaultEnv;
  return { action: body.action, body, files, requestId, env };
}

function refuseAfterTimeout(call: TcbCall, deps: TcbDeps): void {
  if (deps.requests.refuseIfTimedOut(call.requestId)) {
    throw new TcbActionError(
      'FUNCTIONS_EXECUTE_FAIL',
      `本地云拒绝 ${call.action}: 发起它的云函数调用已超时（Invoking task timed out），超时后的操作不会执行`,
    );
  }
}

async function dispatch(call: TcbCall, deps: TcbDeps): Promise<TcbAnswer> {
  const { action } = call;
  if (action.startsWith('database.')) {
    await deps.faults?.hold(call.requestId, action, String(call.body.collectionName ?? ''));
    // A call held while its invocation was stopped (a test's `kill()`) is refused like any after the stop.
    refuseAfterTimeout(call, deps);
    const before = deps.faults?.before(call.requestId);
    const json = await deps.db.handle(
      action,
      call.body,
      deps.requests.dbMeta(call.requestId, String(call.body.collectionName ?? '')),
    );
    deps.faults?.after(call.requestId, before);
    return { json };
  }
  if (action.startsWith('storage.')) return storageAction(call, deps);
  if (action === 'functions.invokeFunction') return callFunctionAction(call, deps);
  if (action === 'wx.openApi') return openApiAction(call, deps);
  throw new TcbActionError('INVALID_ACTION', `本地云不支持的 action: ${action}`);
}

import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalDatabase } from '../db';
import { parseWire } from '../db/ejson';
import type { TriggerScheduler } from '../functions/timer-triggers';
import type { Outbox } from '../openapi/outbox';
import type { FileStore } from '../storage/file-store';
import type { StorageService } from '../storage/storage-service';
import { HttpError, sendError, sendJson } from '../server/http-io';
import type { RequestLog } from '../server/request-log';
import { checkFilterPatterns } from './filter-bounds';

export interface InspectorDeps {
  db: LocalDatabase;
  outbox: Outbox;
  files: FileStore;
  storage: StorageService;
  requests: RequestLog;
  triggers: TriggerScheduler;
  /** Empties the database, files, outbox and request log. */
  reset: () => void;
  /** Made at each start and written into the inspector page only: every write must send it back. */
  token: string;
}

const INSPECTOR_URL_SECONDS = 10 * 60;

/** JSON API under /_inspector/api/* that the inspector page (and tests) read. */
export async function handleInspectorApi(
  req: IncomingMessage,
  res: ServerResponse,
  subPath: string,
  deps: InspectorDeps,
) {
  try {
    const url = new URL(req.url ?? '/', 'http://localcloud');
    const segments = subPath.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    if (method !== 'GET') checkToken(req, deps.token);
    if (method === 'GET' && segments[0] === 'collections' && segments.length === 1) {
      return sendJson(res, 200, { collections: deps.db.listCollections() });
    }
    if (method === 'GET' && segments[0] === 'collections' && segments[2] === 'docs' && segments.length === 3) {
      const filter = url.searchParams.get('filter') || '{}';
      let parsed: unknown;
      try {
        JSON.parse(filter);
        parsed = parseWire(filter, () => new Date());
      } catch {
        throw new HttpError(400, 'INVALID_FILTER', '筛选条件不是合法的 JSON');
      }
      checkFilterPatterns(parsed);
      const skip = Math.max(0, Number(url.searchParams.get('skip') ?? 0) || 0);
      const limit = Math.min(200, Math.max(1, Number(url.searchParams.get('limit') ?? 20) || 20));
      return sendJson(res, 200, deps.db.browse(segments[1], filter, skip, limit));
    }
    if (method === 'GET' && subPath === 'outbox') return sendJson(res, 200, { messages: deps.outbox.list() });
    if (method === 'GET' && subPath === 'files') {
      const files = deps.files
        .list()
        .map((f) => ({ ...f, tempFileURL: deps.storage.tempUrl(f.fileID, INSPECTOR_URL_SECONDS) }));
      return sendJson(res, 200, { files });
    }
    if (method === 'GET' && subPath === 'requests')
      return sendJson(res, 200, { requests: deps.requests.list().slice(0, 500) });
    if (method === 'GET' && subPath === 'triggers') return sendJson(res, 200, { triggers: deps.triggers.list() });
    if (method === 'POST' && segments[0] === 'triggers' && segments[3] === 'fire' && segments.length === 4) {
      const { requestId, result } = await deps.triggers.fire(segments[1], segments[2]);
      return sendJson(res, 200, { requestId, result: result ?? null });
    }
    if (method === 'POST' && subPath === 'reset') {
      deps.reset();
      return sendJson(res, 200, { ok: true });
    }
    throw new HttpError(404, 'NOT_FOUND', `检查器没有这个接口: ${method} /_inspector/api/${subPath}`);
  } catch (err) {
    if (err instanceof HttpError) return sendError(res, err);
    return sendError(res, new HttpError(400, 'INSPECTOR_ERROR', (err as Error)?.message ?? String(err)));
  }
}

/** A write without the page's token (another site, a script that did not load the page) changes nothing. */
function checkToken(req: IncomingMessage, token: string): void {
  const sent = Buffer.from(String(req.headers['x-inspector-token'] ?? ''));
  const expected = Buffer.from(token);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    throw new HttpError(403, 'INSPECTOR_TOKEN_REQUIRED', '检查器的写操作只能从检查器页面发起（缺少或错误的令牌）');
  }
}

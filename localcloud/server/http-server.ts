import fs from 'node:fs';
import http from 'node:http';
import type { BackupSummary } from '../backup/backup-file';
import type { FunctionRunner } from '../functions/function-runner';
import { handleInspectorApi, type InspectorDeps } from '../inspector/inspector-api';
import { INSPECTOR_CORS, INSPECTOR_PAGE_HEADERS, inspectorPage } from '../inspector/inspector-page';
import type { SubscribeMessages } from '../openapi/subscribe-message';
import type { StorageService } from '../storage/storage-service';
import { handleFileDownload, handleFileUpload } from './file-routes';
import type { AccessPolicy } from './access-policy';
import { GATEWAY_CORS, handleGatewayCall } from './gateway';
import { HttpError, sendError } from './http-io';
import { serveStatic } from './static-files';
import { handleSubscribePrompt } from './subscribe-prompt';
import { handleTcb, type TcbDeps } from './tcb-endpoint';

export interface ServerDeps {
  tcb: TcbDeps;
  runner: FunctionRunner;
  storage: StorageService;
  subscribe: SubscribeMessages;
  inspector: InspectorDeps;
  staticDir: string | null;
  /** Which Host names and page origins the server answers (see access-policy.ts). */
  access: AccessPolicy;
  /** Extra read-only JSON routes an embedding app adds (e.g. the demo sign-in's `/demo/people`). */
  routes: Record<string, () => unknown | Promise<unknown>>;
  /** Writes a consistent backup to a new temp file (npm run localcloud:backup asks a running cloud for one). */
  backup: () => Promise<BackupSummary>;
}

/** The one HTTP server of the local cloud: SDK endpoint, gateway, temp file URLs, inspector, H5 app. */
export function createLocalCloudServer(deps: ServerDeps): http.Server {
  const server = http.createServer((req, res) => {
    route(req, res, deps).catch((err) => {
      // A refused request's body is not read: drain it so the answer reaches the client.
      req.resume();
      sendError(res, err);
    });
  });
  // A stuck client must not hold the server forever; SDK calls answer in well under this.
  server.requestTimeout = 120_000;
  // A function that works for a while between two SDK calls (parsing a 20,000-row sheet) reuses its
  // keep-alive socket afterwards: with Node's 5 s default the server may close it just then (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  return server;
}

async function route(req: http.IncomingMessage, res: http.ServerResponse, deps: ServerDeps): Promise<void> {
  const method = req.method ?? 'GET';
  const pathname = new URL(req.url ?? '/', 'http://localcloud').pathname;
  let match: RegExpExecArray | null;
  // Every endpoint: a request naming another host (DNS rebinding) gets nothing.
  deps.access.checkHost(req);

  if (pathname === '/tcb' || (match = /^\/tcb\/req\/([A-Za-z0-9_-]+)\/?$/.exec(pathname))) {
    if (method !== 'POST') return methodNotAllowed(req, res);
    return handleTcb(req, res, pathname === '/tcb' ? null : match![1], deps.tcb);
  }
  // Everything else is for this server's own page (or a configured dev origin), never another site's.
  deps.access.checkOrigin(req);
  if (pathname === '/gateway/call') {
    if (answeredPreflight(req, res, deps.access.corsHeaders(req, GATEWAY_CORS))) return;
    if (method !== 'POST') return methodNotAllowed(req, res);
    return handleGatewayCall(req, res, deps.runner);
  }
  if ((match = /^\/files\/upload\/([A-Za-z0-9_.-]+)$/.exec(pathname))) {
    if (method !== 'PUT' && method !== 'POST') return methodNotAllowed(req, res);
    return handleFileUpload(req, res, match[1], deps.storage);
  }
  if ((match = /^\/files\/([^/]*)/.exec(pathname))) {
    // Anything under /files/ that is not a valid temp URL is refused the same way (403), whatever it names.
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res);
    return handleFileDownload(req, res, match[1], deps.storage);
  }
  if (pathname === '/_inspector' || pathname === '/_inspector/') {
    res.writeHead(200, INSPECTOR_PAGE_HEADERS);
    return void res.end(inspectorPage(deps.inspector.token));
  }
  if (pathname.startsWith('/_inspector/api/')) {
    if (answeredPreflight(req, res, deps.access.corsHeaders(req, INSPECTOR_CORS))) return;
    return handleInspectorApi(req, res, pathname.slice('/_inspector/api/'.length), deps.inspector);
  }
  if (pathname === '/localcloud/api/subscribe-message') {
    // The H5 stand-in for WeChat's subscribe prompt: the same page-only trust as the gateway.
    if (answeredPreflight(req, res, deps.access.corsHeaders(req, GATEWAY_CORS))) return;
    if (method !== 'POST') return methodNotAllowed(req, res);
    return handleSubscribePrompt(req, res, deps.subscribe);
  }
  if (pathname.startsWith('/localcloud/api/')) return localCloudApi(req, res, pathname, deps);
  const extra = deps.routes[pathname];
  if (extra) {
    if (method !== 'GET') return methodNotAllowed(req, res);
    const body = JSON.stringify(await extra());
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    return void res.end(body);
  }
  if (deps.staticDir && (method === 'GET' || method === 'HEAD') && !isApiPath(pathname)) {
    return serveStatic(req, res, deps.staticDir);
  }
  req.resume();
  sendError(res, new HttpError(404, 'NOT_FOUND', `本地云没有这个地址: ${method} ${pathname}`));
}

/**
 * GET /localcloud/api/requests/<requestId>/meter -> { reads, writes }
 * POST /localcloud/api/backup -> the backup file itself (its summary in the `x-localcloud-backup` header)
 */
async function localCloudApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  deps: ServerDeps,
): Promise<void> {
  if (pathname === '/localcloud/api/backup' && req.method === 'POST') {
    req.resume();
    const summary = await deps.backup();
    const { file, ...facts } = summary;
    res.writeHead(200, {
      'content-type': 'application/vnd.sqlite3',
      'content-length': summary.bytes,
      'x-localcloud-backup': JSON.stringify(facts),
    });
    const stream = fs.createReadStream(file);
    stream.on('close', () => fs.rmSync(file, { force: true }));
    stream.pipe(res);
    return;
  }
  const match = /^\/localcloud\/api\/requests\/([A-Za-z0-9_-]+)\/meter$/.exec(pathname);
  if (!match || req.method !== 'GET') {
    return sendError(res, new HttpError(404, 'NOT_FOUND', `本地云没有这个接口: ${req.method} ${pathname}`));
  }
  const meter = deps.tcb.requests.meter(match[1]);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(meter));
}

function isApiPath(pathname: string): boolean {
  return /^\/(tcb|gateway|files|_inspector|localcloud|demo)(\/|$)/.test(pathname);
}

function methodNotAllowed(req: http.IncomingMessage, res: http.ServerResponse): void {
  req.resume();
  sendError(res, new HttpError(405, 'METHOD_NOT_ALLOWED', `不支持的请求方法 ${req.method} ${req.url}`));
}

/** Sets the CORS headers for this request; answers a preflight (OPTIONS) with them and says so. */
function answeredPreflight(req: http.IncomingMessage, res: http.ServerResponse, cors: Record<string, string>): boolean {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors);
    res.end();
    return true;
  }
  for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
  return false;
}

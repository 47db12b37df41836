import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeOf } from '../storage/content-type';
import { sendJson } from './http-io';

/**
 * Serves a built H5 app. A path that names no file falls back to index.html (the app's router takes over),
 * unless it looks like a missing asset (has an extension), which is a plain 404.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string): void {
  const root = path.resolve(staticDir);
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localcloud').pathname);
  } catch {
    sendJson(res, 400, { error: { code: 'INVALID_PATH', message: '地址编码不合法' } });
    return;
  }
  const candidate = path.resolve(root, `.${urlPath}`);
  const inside = candidate === root || candidate.startsWith(root + path.sep);
  let file = inside && isFile(candidate) ? candidate : null;
  if (!file && inside && isFile(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
  if (!file && path.extname(urlPath) === '') file = path.join(root, 'index.html');
  if (!file || !isFile(file)) {
    sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `找不到 ${urlPath}` } });
    return;
  }
  const content = fs.readFileSync(file);
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': content.length,
    'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=300',
  });
  res.end(req.method === 'HEAD' ? undefined : content);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StorageService } from '../storage/storage-service';
import { readBody, sendError, sendJson, HttpError } from './http-io';

/** Uploads may be larger than an API call; WeChat allows far more, a local demo needs no more than this. */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** GET|HEAD /files/<token>[/<name>]: a temp URL. Forged, expired or unknown tokens get 403, never the file. */
export function handleFileDownload(req: IncomingMessage, res: ServerResponse, token: string, storage: StorageService) {
  const opened = storage.openTempUrl(token);
  if (!opened) {
    sendJson(res, 403, { error: { code: 'URL_EXPIRED_OR_INVALID', message: '文件链接无效或已过期' } });
    return;
  }
  res.writeHead(200, {
    'content-type': opened.file.contentType,
    'content-length': opened.content.length,
    'cache-control': 'private, max-age=60',
  });
  res.end(req.method === 'HEAD' ? undefined : opened.content);
}

/** PUT /files/upload/<token>: step two of uploadFile. Answers as COS does: empty on success, XML on error. */
export async function handleFileUpload(
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  storage: StorageService,
) {
  let content: Buffer;
  try {
    content = await readBody(req, MAX_UPLOAD_BYTES);
  } catch (err) {
    if (err instanceof HttpError) return sendCosError(res, err.status, 'EntityTooLarge', err.message);
    return sendError(res, err);
  }
  const stored = storage.acceptUpload(token, content);
  if (!stored) return sendCosError(res, 403, 'AccessDenied', '上传链接无效或已过期');
  res.writeHead(200, { 'content-length': 0 });
  res.end();
}

function sendCosError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${message}</Message>` +
    `<Resource>/</Resource><RequestId>local</RequestId><TraceId>local</TraceId></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
}

import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-io';

/**
 * The SDK endpoint serves local processes (the functions' wx-server-sdk), never a web page. The SDK posts
 * `application/json` (database, storage, functions) or `multipart/form-data` (wx.openApi) and sends no
 * Origin or Sec-Fetch-* header; a browser always adds Origin to a cross-site POST and Sec-Fetch-* to every
 * request, and a form or a no-cors fetch can only send text/plain, urlencoded or multipart. So a request
 * with any browser header, or any other body type, is refused before its body is read.
 */
export function checkSdkRequest(req: IncomingMessage): void {
  if (req.headers.origin !== undefined || req.headers['sec-fetch-site'] !== undefined) {
    throw new HttpError(403, 'FORBIDDEN_ORIGIN', '云开发接口只接受 wx-server-sdk 的请求，不接受网页发来的请求');
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json' && type !== 'multipart/form-data') {
    throw new HttpError(
      415,
      'UNSUPPORTED_CONTENT_TYPE',
      `云开发接口只接受 application/json 或 multipart/form-data 请求体（收到 ${type || '无类型'}）`,
    );
  }
}

import { HttpError } from './http-io';

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** The boundary of a multipart/form-data content type, or null when the body is not multipart. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return null;
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) throw new HttpError(400, 'INVALID_MULTIPART', 'multipart 请求缺少 boundary');
  return (match[1] ?? match[2]).trim();
}

/** Splits a multipart/form-data body (as the SDK's form-data package writes it) into its parts. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  if (start < 0) throw new HttpError(400, 'INVALID_MULTIPART', 'multipart 请求体中找不到 boundary');
  for (;;) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const headerStart = afterDelimiter + 2; // skip CRLF
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    const next = body.indexOf(delimiter, headerStart);
    if (headerEnd < 0 || next < 0) throw new HttpError(400, 'INVALID_MULTIPART', 'multipart 请求体不完整');
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    const data = body.subarray(headerEnd + 4, next - 2); // drop the CRLF before the next delimiter
    parts.push({ ...parsePartHeaders(headers), data });
    start = next;
  }
  return parts;
}

function parsePartHeaders(headers: string): Omit<MultipartPart, 'data'> {
  const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) throw new HttpError(400, 'INVALID_MULTIPART', 'multipart 字段缺少 name');
  const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
  const contentType = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim();
  return { name, filename, contentType };
}

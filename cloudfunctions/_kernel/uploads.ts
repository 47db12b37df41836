import { AppError } from '../../types/common/errors';
import { MAX_INLINE_IMAGE_BYTES, type ImageType } from '../../types/common/uploads';
import type { ActionContext } from './action';
import { newId } from './ids';

/**
 * Files users upload (photos of a request, group images, evidence). Every upload lives under
 * `uploads/<purpose>/<openid>/`, whether the weapp put it there (Taro.cloud.uploadFile) or an action
 * stored it from inline base64 (H5). A document may only reference files in its author's own folder,
 * and files are read only through short-lived temp URLs that an action hands to someone allowed.
 */
const SIGNATURES: Record<ImageType, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};
const EXTENSIONS: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** Short-lived: long enough to view a page, short enough that a forwarded link soon dies. */
export const TEMP_URL_SECONDS = 10 * 60;

export function uploadFolder(purpose: string, openid: string): string {
  return `uploads/${purpose}/${openid}/`;
}

/** Decodes and checks an inline image: real base64, the declared type's magic bytes, the size limit. */
export function decodeImage(contentType: ImageType, dataBase64: string, field = 'dataBase64'): Buffer {
  const clean = dataBase64.replace(/^data:[^;]+;base64,/, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) throw new AppError('INVALID_INPUT', '图片内容不正确', field);
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > MAX_INLINE_IMAGE_BYTES)
    throw new AppError('INVALID_INPUT', '图片不能超过 1 MB，请压缩后再传', field);
  if (!SIGNATURES[contentType](bytes)) throw new AppError('INVALID_INPUT', '只能上传 JPG、PNG 或 WebP 图片', field);
  return bytes;
}

/** Stores an inline image in the caller's folder for `purpose`; answers its file id. */
export async function storeImage(
  ctx: ActionContext,
  purpose: string,
  contentType: ImageType,
  dataBase64: string,
): Promise<string> {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序后再试');
  const bytes = decodeImage(contentType, dataBase64);
  const cloudPath = `${uploadFolder(purpose, ctx.openid)}${newId()}.${EXTENSIONS[contentType]}`;
  const res = (await ctx.sdk.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string };
  return res.fileID;
}

/** Refuses file ids outside the caller's own upload folder for `purpose` (someone else's files). */
export function assertOwnUploads(fileIds: string[], purpose: string, openid: string, field = 'photos'): void {
  const folder = `/${uploadFolder(purpose, openid)}`;
  fileIds.forEach((id, i) => {
    const path = id.replace(/^cloud:\/\/[^/]+/, '');
    if (!path.startsWith(folder) || path.includes('..'))
      throw new AppError('INVALID_INPUT', '只能使用您自己上传的图片', `${field}.${i}`);
  });
}

/** WeChat Cloud's getTempFileURL and deleteFile take at most 50 files a call (「一次最多取 50 个」). */
export const FILES_PER_CALL = 50;

export function inBatches<T>(items: T[], size = FILES_PER_CALL): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Temp URLs for stored files ('' for a file that no longer exists), 50 a call, the calls at once. */
export async function tempUrls(
  ctx: ActionContext,
  fileIds: string[],
  maxAge = TEMP_URL_SECONDS,
): Promise<Map<string, string>> {
  const unique = [...new Set(fileIds)];
  const pages = await Promise.all(
    inBatches(unique).map(
      async (batch) =>
        (
          (await ctx.sdk.getTempFileURL({ fileList: batch.map((fileID) => ({ fileID, maxAge })) })) as {
            fileList: { fileID: string; tempFileURL: string }[];
          }
        ).fileList,
    ),
  );
  return new Map(pages.flat().map((f) => [f.fileID, f.tempFileURL ?? '']));
}

/** Deletes stored files, 50 a call. */
export async function deleteFiles(ctx: ActionContext, fileIds: string[]): Promise<void> {
  for (const batch of inBatches([...new Set(fileIds)])) await ctx.sdk.deleteFile({ fileList: batch });
}

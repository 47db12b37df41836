import { AppError } from '../../../types/common/errors';
import { MAX_UPLOAD_BYTES, type UploadSource } from '../../../types/common/uploads';
import type { ActionContext } from '../action';
import { newId } from '../ids';
import type { ContentCheck } from './content-check';
import { isOwnIncoming, isSupervisionIncoming, SUPERVISION_PHOTOS, storedPath, type UploadPurpose } from './folders';
import { ImageDecodeError, imageTypeOf, reencodeImage, type CleanType } from './reencode';

/**
 * Images shown to a whole group or area (group and notice images, activity summaries) pass WeChat's content
 * check; private photos do not need it. The
 * check is handed in by the callers that need it (checkImageContent), so only their functions' bundles
 * call security.imgSecCheck, and only they must declare it in config.json (the readiness check reads the
 * bundles).
 */
const CONTENT_CHECKED: ReadonlySet<string> = new Set(['groups', 'notices', 'activities']);

export interface StoredImage {
  fileID: string;
  bytes: number;
  contentType: CleanType;
}

/**
 * THE way an image gets into storage, for every feature, from the mini-program (`fileID` of what it
 * uploaded to the caller's incoming folder) or H5 (`dataBase64`): size, type, WeChat's content check on
 * the bytes as sent (group and notice images), then rebuilt from its pixels (reencode.ts) and stored in
 * the caller's folder for `purpose` (supervision: an anonymous random path). Nothing is stored on a
 * refusal; the mini-program's upload is deleted either way.
 */
export async function storeImage(
  ctx: ActionContext,
  purpose: UploadPurpose | 'supervision',
  source: UploadSource,
  contentCheck?: ContentCheck,
): Promise<StoredImage> {
  if (CONTENT_CHECKED.has(purpose) && !contentCheck)
    throw new Error(`storeImage: ${purpose} images need the content check`);
  const openid = ctx.openid;
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序后再试');
  const field = source.fileID ? 'fileID' : 'dataBase64';
  const incoming = source.fileID ?? null;
  if (incoming) {
    const ours =
      purpose === 'supervision'
        ? isSupervisionIncoming(incoming)
        : isOwnIncoming(ctx.pii(), openid, incoming, /\.(jpe?g|png)$/i);
    if (!ours) throw new AppError('INVALID_INPUT', '照片文件不正确，请重新上传', field);
  }
  try {
    const raw = incoming ? await download(ctx, incoming, field) : decodeBase64(source.dataBase64 ?? '', field);
    if (raw.length === 0) throw new AppError('INVALID_INPUT', '请选择一张图片', field);
    if (raw.length > MAX_UPLOAD_BYTES) throw new AppError('INVALID_INPUT', '图片不能超过1MB，请压缩后再传', field);
    const type = imageTypeOf(raw);
    if (!type) throw new AppError('INVALID_INPUT', '只能上传 JPG 或 PNG 图片', field);
    if (contentCheck) await contentCheck(ctx, raw, type, field);
    const clean = await rebuild(raw, field);
    const ext = clean.contentType === 'image/png' ? 'png' : 'jpg';
    const cloudPath =
      purpose === 'supervision'
        ? `${SUPERVISION_PHOTOS}${newId()}.${ext}`
        : storedPath(ctx.pii(), openid, purpose, ext);
    const { fileID } = (await ctx.sdk.uploadFile({ cloudPath, fileContent: clean.bytes })) as { fileID: string };
    return { fileID, bytes: clean.bytes.length, contentType: clean.contentType };
  } finally {
    if (incoming) await discard(ctx, [incoming]);
  }
}

async function rebuild(raw: Buffer, field: string) {
  try {
    return await reencodeImage(raw);
  } catch (err) {
    if (!(err instanceof ImageDecodeError)) throw err;
    if (err.reason === 'too_large') throw new AppError('INVALID_INPUT', '图片像素太多，请压缩或截图后再传', field);
    throw new AppError('INVALID_INPUT', '图片无法识别，请换一张 JPG 或 PNG 图片', field);
  }
}

/** `data:image/...;base64,` or bare base64; anything else is refused. */
export function decodeBase64(data: string, field: string): Buffer {
  const body = data.replace(/^data:[a-z/+.-]+;base64,/i, '').replace(/\s+/g, '');
  if (!body || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw new AppError('INVALID_INPUT', '图片内容不正确', field);
  return Buffer.from(body, 'base64');
}

async function download(ctx: ActionContext, fileID: string, field: string): Promise<Buffer> {
  const bytes = await ctx.sdk.downloadFile({ fileID }).then(
    (res) => (res as { fileContent: Buffer }).fileContent,
    () => null,
  );
  if (!bytes) throw new AppError('NOT_FOUND', '图片没有上传成功，请重新上传', field);
  return bytes;
}

/** Deletes stored files no document will show; a failure is logged, never hidden behind a refusal's reason. */
export async function discard(ctx: ActionContext, fileIds: string[]): Promise<void> {
  if (!fileIds.length) return;
  try {
    await ctx.sdk.deleteFile({ fileList: fileIds });
  } catch (err) {
    console.error('[uploads] deleting files failed', fileIds, err);
  }
}

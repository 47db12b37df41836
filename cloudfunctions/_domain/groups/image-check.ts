import { AppError } from '../../../types/common/errors';
import { MESSAGE_LIMITS } from '../../../types/groups/model';
import type { ActionContext } from '../../_kernel/action';

/** WeChat's errcodes: risky content, and a media file over the check's limits (1 MB, 750 x 1334 px). */
const RISKY = 87014;
const MEDIA_TOO_LARGE = 40006;

/** A refusal; `discard` when the stored file can never be used (risky, not an image, too large). */
type Verdict = null | { error: AppError; discard: boolean };

/**
 * WeChat's image check (security.imgSecCheck: synchronous, the image's bytes, at most 1 MB) on images
 * already in cloud storage, BEFORE the message or notice that shows them is written: the action reads
 * each file back, checks them all at once, deletes every refused file from storage and throws the first
 * refusal (CONTENT_REJECTED on `fieldOf(i)`), so nothing is written. A failure of the check itself is
 * INTERNAL and keeps the files (never stored unchecked; the user retries). The function's config.json
 * must declare `security.imgSecCheck`.
 */
export async function checkStoredImages(
  ctx: ActionContext,
  fileIds: string[],
  fieldOf: (index: number) => string,
): Promise<void> {
  if (!fileIds.length) return;
  const verdicts = await Promise.all(fileIds.map((fileId, i) => checkOne(ctx, fileId, fieldOf(i))));
  const discarded = fileIds.filter((_, i) => verdicts[i]?.discard);
  await discardFiles(ctx, discarded);
  const first = verdicts.find((v) => v !== null);
  if (first) throw first.error;
}

/** Deletes stored files no document will show; a failure is logged, never hidden behind the refusal's reason. */
export async function discardFiles(ctx: ActionContext, fileIds: string[]): Promise<void> {
  if (!fileIds.length) return;
  try {
    await ctx.sdk.deleteFile({ fileList: fileIds });
  } catch (err) {
    console.error('[image-check] deleting files failed', fileIds, err);
  }
}

const refuse = (code: 'INVALID_INPUT' | 'CONTENT_REJECTED', message: string, field: string): Verdict => ({
  error: new AppError(code, message, field),
  discard: true,
});

async function checkOne(ctx: ActionContext, fileID: string, field: string): Promise<Verdict> {
  const bytes = await ctx.sdk.downloadFile({ fileID }).then(
    (res) => (res as { fileContent: Buffer }).fileContent,
    () => null,
  );
  if (!bytes || bytes.length === 0)
    return { error: new AppError('INVALID_INPUT', '图片没有上传成功，请重新上传', field), discard: false };
  const contentType = imageTypeOf(bytes);
  if (!contentType) return refuse('INVALID_INPUT', '只能使用 JPG 或 PNG 图片', field);
  if (bytes.length > MESSAGE_LIMITS.imageMaxBytes)
    return refuse('INVALID_INPUT', '图片不能超过1MB，请压缩后再传', field);
  try {
    await ctx.sdk.openapi.security.imgSecCheck({ media: { contentType, value: bytes } });
    return null;
  } catch (err) {
    const code = (err as { errCode?: number })?.errCode;
    if (code === RISKY)
      return refuse('CONTENT_REJECTED', '图片含有不适宜的内容，未能发出，已从云端删除，请换一张图片', field);
    if (code === MEDIA_TOO_LARGE)
      return refuse('INVALID_INPUT', '图片尺寸过大（不超过750×1334像素、1MB），请压缩后再传', field);
    console.error('[image-check] imgSecCheck failed', err);
    return { error: new AppError('INTERNAL', '图片安全检查暂时不可用，请稍后再试', field), discard: false };
  }
}

function imageTypeOf(b: Buffer): 'image/jpeg' | 'image/png' | null {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 8 && b.readUInt32BE(0) === 0x89504e47) return 'image/png';
  return null;
}

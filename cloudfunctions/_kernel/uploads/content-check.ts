import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../action';
import type { CleanType } from './reencode';

/** WeChat's errcodes: risky content, and a media file over the check's limits (1 MB, 750 x 1334 px). */
const RISKY = 87014;
const MEDIA_TOO_LARGE = 40006;

/**
 * WeChat's image check (security.imgSecCheck: synchronous, the image's bytes, at most 1 MB) on the bytes
 * as they were uploaded, before they are re-encoded and stored: what WeChat judges is what the person
 * sent. A refusal stores nothing; a failure of the check itself is INTERNAL (the person retries). The
 * function's config.json must declare `security.imgSecCheck`.
 */
export type ContentCheck = typeof checkImageContent;

export async function checkImageContent(
  ctx: ActionContext,
  bytes: Buffer,
  contentType: CleanType,
  field: string,
): Promise<void> {
  try {
    await ctx.sdk.openapi.security.imgSecCheck({ media: { contentType, value: bytes } });
  } catch (err) {
    const code = (err as { errCode?: number })?.errCode;
    if (code === RISKY) throw new AppError('CONTENT_REJECTED', '图片含有不适宜的内容，未能上传，请换一张图片', field);
    if (code === MEDIA_TOO_LARGE)
      throw new AppError('INVALID_INPUT', '图片尺寸过大（不超过750×1334像素、1MB），请压缩后再传', field);
    console.error('[uploads] imgSecCheck failed', err);
    throw new AppError('INTERNAL', '图片安全检查暂时不可用，请稍后再试', field);
  }
}

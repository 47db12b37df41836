import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import { checkStoredImages, discardFiles } from '../../_domain/groups/image-check';

/** Notice images live in `notices/` (weapp: Taro.cloud.uploadFile; H5: uploadNoticeImage); anything else is refused. */
export const NOTICE_FOLDER = 'notices/';

export function checkNoticeImages(fileIds: string[]): void {
  const bad = fileIds.findIndex((f) => !/^cloud:\/\/[^/]+\/notices\/[A-Za-z0-9_-]+\.(jpe?g|png)$/i.test(f));
  if (bad >= 0) throw new AppError('INVALID_INPUT', '图片不合法，请重新上传', `imageFileIds.${bad}`);
  if (new Set(fileIds).size !== fileIds.length)
    throw new AppError('INVALID_INPUT', '同一张图片只能添加一次', 'imageFileIds');
}

/**
 * WeChat's image check on the images this write ADDS to the notice (those already in it passed when they
 * were added); a refused one is deleted from storage and nothing is written.
 */
export async function checkAddedImages(ctx: ActionContext, fileIds: string[], alreadyIn: string[] = []): Promise<void> {
  const kept = new Set(alreadyIn);
  const added = fileIds.map((id, index) => ({ id, index })).filter((f) => !kept.has(f.id));
  await checkStoredImages(
    ctx,
    added.map((f) => f.id),
    (i) => `imageFileIds.${added[i].index}`,
  );
}

/** Images an edit dropped are deleted from storage (best effort: the notice no longer shows them either way). */
export async function deleteDroppedImages(ctx: ActionContext, before: string[], after: string[]): Promise<void> {
  await discardFiles(
    ctx,
    before.filter((id) => !after.includes(id)),
  );
}

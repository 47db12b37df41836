import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';

/** The uploaded sheet's bytes from cloud storage. */
export async function downloadSheet(ctx: ActionContext, fileID: string): Promise<Buffer> {
  try {
    const res = (await ctx.sdk.downloadFile({ fileID })) as { fileContent: Buffer };
    return res.fileContent;
  } catch {
    throw new AppError('NOT_FOUND', '没有找到上传的文件，请重新上传', 'fileID');
  }
}

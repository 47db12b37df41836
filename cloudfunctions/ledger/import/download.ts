import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import { assertAttachable } from '../../_kernel/uploads/attach';

/**
 * The uploaded sheet's bytes from cloud storage: only the caller's own upload (H5: stored by
 * uploadImportSheet; weapp: put in the caller's incoming folder), never another file of the store.
 */
export async function downloadSheet(ctx: ActionContext, fileID: string): Promise<Buffer> {
  assertAttachable(ctx, [fileID], 'ledger-import', { field: 'fileID', indexed: false, incoming: /\.xlsx$/i });
  try {
    const res = (await ctx.sdk.downloadFile({ fileID })) as { fileContent: Buffer };
    return res.fileContent;
  } catch {
    throw new AppError('NOT_FOUND', '没有找到上传的文件，请重新上传', 'fileID');
  }
}

import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../action';
import { incomingFolder, storedPath, type UploadPurpose } from './folders';

/*
 * The parts of the upload module that need no image library (functions that import only these stay
 * free of the native sharp dependency): a non-image file stored as it is, and the caller's folder.
 */

/** A non-image file (an .xlsx to import) stored as it is in the caller's folder for `purpose`. */
export async function storeFile(
  ctx: ActionContext,
  purpose: UploadPurpose,
  bytes: Buffer,
  ext: string,
): Promise<string> {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序后再试');
  const cloudPath = storedPath(ctx.pii(), ctx.openid, purpose, ext);
  return ((await ctx.sdk.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string }).fileID;
}

/** The caller's incoming folder: where the mini-program puts a file before an action takes it. */
export function callerIncomingFolder(ctx: ActionContext): string {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序后再试');
  return incomingFolder(ctx.pii(), ctx.openid);
}

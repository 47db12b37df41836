import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../action';
import { isOwnIncoming, isStoredFor, type UploadPurpose } from './folders';

export interface AttachOptions {
  /** The input field, for the error: `photos` gives `photos.<i>`; `indexed: false` names the field alone. */
  field: string;
  indexed?: boolean;
  /** Files already on the record being edited: they may stay whoever stored them. */
  already?: string[];
  /** Files the caller's mini-program uploaded and the action reads as they are (an .xlsx to import). */
  incoming?: RegExp;
}

/**
 * THE check of every action that takes fileIDs: each must be a file the functions stored for the caller
 * for this purpose (its folder and its keyed name, so not another person's file, not a supervision photo,
 * not something a client wrote there itself), or one already on the record. Throws before any write.
 */
export function assertAttachable(
  ctx: ActionContext,
  fileIds: string[],
  purpose: UploadPurpose,
  options: AttachOptions,
): void {
  const fieldOf = (i: number) => (options.indexed === false ? options.field : `${options.field}.${i}`);
  const openid = ctx.openid;
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序后再试');
  const already = new Set(options.already ?? []);
  const pii = ctx.pii();
  fileIds.forEach((id, i) => {
    const allowed =
      already.has(id) ||
      isStoredFor(pii, openid, purpose, id) ||
      (options.incoming !== undefined && isOwnIncoming(pii, openid, id, options.incoming));
    if (!allowed) throw new AppError('INVALID_INPUT', '只能使用您自己上传的图片或文件，请重新上传', fieldOf(i));
  });
  if (new Set(fileIds).size !== fileIds.length)
    throw new AppError('INVALID_INPUT', '同一张图片只能添加一次', options.field);
}

import { AppError } from '../../../types/common/errors';
import type { ReportPhotoDoc } from '../../../types/supervision/report-model';
import { MAX_PHOTO_BYTES } from '../../../types/supervision/reports';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { PhotoFormatError, stripMetadata } from './strip-metadata';

/** Where the mini-program uploads a photo before `stagePhoto` re-stores it stripped (and deletes it). */
export const INCOMING_PREFIX = 'supervision/incoming/';

/**
 * Stores a report photo with its metadata stripped, under a random name that says nothing of who sent
 * it, and records it as staged (not yet attached to a report). Checks everything before writing.
 */
export async function storePhoto(ctx: ActionContext, raw: Buffer, field: string): Promise<ReportPhotoDoc> {
  if (raw.length === 0) throw new AppError('INVALID_INPUT', '请选择一张照片', field);
  if (raw.length > MAX_PHOTO_BYTES) throw new AppError('INVALID_INPUT', '照片不能超过1MB，请压缩后再传', field);
  let stripped: { kind: ReportPhotoDoc['contentType']; bytes: Buffer };
  try {
    stripped = stripMetadata(raw);
  } catch (err) {
    if (err instanceof PhotoFormatError) throw new AppError('INVALID_INPUT', '只支持 JPG 或 PNG 格式的照片', field);
    throw err;
  }
  const ext = stripped.kind === 'image/png' ? 'png' : 'jpg';
  const { fileID } = await ctx.sdk.uploadFile({
    cloudPath: `supervision/photos/${newId()}.${ext}`,
    fileContent: stripped.bytes,
  });
  const doc: ReportPhotoDoc = {
    _id: newId(),
    fileID,
    bytes: stripped.bytes.length,
    contentType: stripped.kind,
    attachedTo: null,
    stagedAt: ctx.now,
  };
  await ctx.db.collection('reportPhotos').add({ data: doc });
  return doc;
}

/** Decodes `data:image/...;base64,` or bare base64; refuses anything else. */
export function decodeBase64(data: string, field: string): Buffer {
  const body = data.replace(/^data:image\/[a-z]+;base64,/i, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new AppError('INVALID_INPUT', '照片数据不完整，请重新选择', field);
  return Buffer.from(body, 'base64');
}

/** Temporary URLs (10 minutes) of stored photos, for those allowed to see them. */
export async function photoUrls(ctx: ActionContext, fileIDs: string[]): Promise<string[]> {
  if (!fileIDs.length) return [];
  const res = (await ctx.sdk.getTempFileURL({
    fileList: fileIDs.map((fileID) => ({ fileID, maxAge: 600 })) as unknown as string[],
  })) as {
    fileList: { tempFileURL: string }[];
  };
  return res.fileList.map((f) => f.tempFileURL).filter(Boolean);
}

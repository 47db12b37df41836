import { stagePhoto } from '../../../types/supervision/reports';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { filingAppointment } from '../bodies/term';
import { decodeBase64, INCOMING_PREFIX, storePhoto } from '../photos/store-photo';

/**
 * A report photo, stripped of metadata and stored under a random name. H5 sends the bytes; the
 * mini-program names the file it uploaded to `supervision/incoming/`, which is deleted once re-stored.
 */
export default defineAction(stagePhoto, async (input, ctx) => {
  const me = await ctx.caller();
  const appointment = filingAppointment(me, 'integrity', ctx.now);
  await ctx.authorize('report:file', { orgPath: appointment.bodyPath });
  if (input.dataBase64) {
    const doc = await storePhoto(ctx, decodeBase64(input.dataBase64, 'dataBase64'), 'dataBase64');
    return { photoId: doc._id, bytes: doc.bytes };
  }
  const fileID = input.fileID as string;
  // Only the incoming folder: this action must never copy another stored file (an ID photo...) into a report.
  if (!new RegExp(`^cloud://[^/]+/${INCOMING_PREFIX}[A-Za-z0-9_-]+\\.(jpe?g|png)$`, 'i').test(fileID)) {
    throw new AppError('INVALID_INPUT', '照片文件不正确，请重新上传', 'fileID');
  }
  const uploaded = await ctx.sdk.downloadFile({ fileID }).then(
    (res) => (res as { fileContent: Buffer }).fileContent,
    () => null,
  );
  if (!uploaded) throw new AppError('NOT_FOUND', '照片没有上传成功，请重新上传', 'fileID');
  const doc = await storePhoto(ctx, uploaded, 'fileID');
  await ctx.sdk.deleteFile({ fileList: [fileID] });
  return { photoId: doc._id, bytes: doc.bytes };
});

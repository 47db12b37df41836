import type { ReportPhotoDoc } from '../../../types/supervision/report-model';
import type { UploadSource } from '../../../types/common/uploads';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { storeImage, tempUrls } from '../../_kernel/uploads';

/**
 * Stores a report photo rebuilt from its pixels (nothing of the phone's metadata, no appended image or
 * trailer), under an anonymous random name that says nothing of who sent it, and records it as staged
 * (not yet attached to a report). The mini-program's upload in `supervision/incoming/` is deleted.
 */
export async function storePhoto(ctx: ActionContext, source: UploadSource): Promise<ReportPhotoDoc> {
  const stored = await storeImage(ctx, 'supervision', source);
  const doc: ReportPhotoDoc = {
    _id: newId(),
    fileID: stored.fileID,
    bytes: stored.bytes,
    contentType: stored.contentType,
    attachedTo: null,
    stagedAt: ctx.now,
  };
  await ctx.db.collection('reportPhotos').add({ data: doc });
  return doc;
}

/** Temporary URLs (10 minutes) of stored photos, for those allowed to see them. */
export async function photoUrls(ctx: ActionContext, fileIDs: string[]): Promise<string[]> {
  const urls = await tempUrls(ctx, fileIDs);
  return fileIDs.map((id) => urls.get(id) ?? '').filter(Boolean);
}

import { groupImageUrls } from '../../../types/groups/contracts';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { groupAccess } from '../../_domain/groups/access';
import { isGroupFile } from '../../_domain/groups/image-files';

/** Ten-minute URLs of the group's own images, to its members only. */
export default defineAction(groupImageUrls, async ({ groupId, fileIds }, ctx) => {
  await groupAccess(ctx, groupId);
  const foreign = fileIds.find((f) => !isGroupFile(f, groupId));
  if (foreign) throw new AppError('NOT_FOUND', '没有找到这张图片', 'fileIds');
  const res = (await ctx.sdk.getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge: 600 })) })) as {
    fileList: { fileID: string; tempFileURL: string }[];
  };
  return { items: res.fileList.filter((f) => f.tempFileURL).map((f) => ({ fileId: f.fileID, url: f.tempFileURL })) };
});

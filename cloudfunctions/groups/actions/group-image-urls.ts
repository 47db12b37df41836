import { groupImageUrls } from '../../../types/groups/contracts';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { groupAccess } from '../../_domain/groups/access';
import { isGroupFile } from '../../_domain/groups/image-files';
import { tempUrls } from '../../_kernel/uploads';

/** Ten-minute URLs of the group's own images, to its members only. */
export default defineAction(groupImageUrls, async ({ groupId, fileIds }, ctx) => {
  await groupAccess(ctx, groupId);
  const foreign = fileIds.find((f) => !isGroupFile(f, groupId));
  if (foreign) throw new AppError('NOT_FOUND', '没有找到这张图片', 'fileIds');
  const urls = await tempUrls(ctx, fileIds, 600);
  return { items: [...urls].filter(([, url]) => url).map(([fileId, url]) => ({ fileId, url })) };
});

import { groupImageUrls } from '../../../types/groups/contracts';
import type { MessageDoc } from '../../../types/groups/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { tempUrls } from '../../_kernel/uploads/temp-urls';
import { groupAccess } from '../../_domain/groups/access';

/** Ten-minute URLs of images shown by the group's own messages, to its members only. */
export default defineAction(groupImageUrls, async ({ groupId, fileIds }, ctx) => {
  await groupAccess(ctx, groupId);
  const shown = await ctx.read.many<MessageDoc>(
    'messages',
    { groupId, imageFileId: ctx._.in(fileIds) },
    {
      limit: fileIds.length,
    },
  );
  const inGroup = new Set(shown.map((m) => m.imageFileId));
  if (fileIds.some((f) => !inGroup.has(f))) throw new AppError('NOT_FOUND', '没有找到这张图片', 'fileIds');
  const urls = await tempUrls(ctx, fileIds);
  return { items: fileIds.filter((f) => urls.get(f)).map((fileId) => ({ fileId, url: urls.get(fileId) as string })) };
});

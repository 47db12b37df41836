import { uploadNoticeImage } from '../../../types/notices/contracts';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';
import { checkImageContent } from '../../_kernel/uploads/content-check';

/**
 * An image for the notice being written (weapp: the file it uploaded; H5: its bytes): WeChat's image
 * check on the bytes as sent, then rebuilt from its pixels and stored in the publisher's folder.
 */
export default defineAction(uploadNoticeImage, async (source, ctx) => {
  await ctx.authorizeSeat('notice:publish');
  return { fileId: (await storeImage(ctx, 'notices', source, checkImageContent)).fileID };
});

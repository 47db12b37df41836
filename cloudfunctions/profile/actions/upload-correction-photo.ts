import { uploadCorrectionPhoto } from '../../../types/profile/requests';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

/** Stores one photo (H5: its bytes; weapp: its upload), rebuilt from its pixels, for a correction request (a veteran, or a family member acting for one). */
export default defineAction(uploadCorrectionPhoto, async (input, ctx) => {
  const me = await ctx.caller();
  if (!me.veteran && !me.account?.proxyFor?.length)
    throw new AppError('FORBIDDEN', '只有本人或受托代办的家属可以上传更正照片');
  return { fileID: (await storeImage(ctx, 'corrections', input)).fileID };
});

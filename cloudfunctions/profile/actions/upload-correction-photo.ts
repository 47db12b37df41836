import { uploadCorrectionPhoto } from '../../../types/profile/requests';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

/** Stores one photo (H5: its bytes; weapp: its upload), rebuilt from its pixels, for a correction request (a veteran, or a family member acting for one). */
export default defineAction(uploadCorrectionPhoto, async (input, ctx) => {
  // The photo names no file yet: the correction it is attached to names it (and checks file:self).
  await ctx.authorize('correction:attach', { orgPath: [] });
  return { fileID: (await storeImage(ctx, 'corrections', input)).fileID };
});

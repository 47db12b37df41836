import { uploadRequestPhoto } from '../../../types/requests/submit';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

/** Stores one photo (H5: its bytes; weapp: its upload), rebuilt from its pixels, in the caller's upload folder (veterans and staff only). */
export default defineAction(uploadRequestPhoto, async (input, ctx) => {
  await ctx.authorizeSeat('upload:attach');
  return { fileID: (await storeImage(ctx, 'requests', input)).fileID };
});

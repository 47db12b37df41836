import { uploadRequestPhoto } from '../../../types/requests/submit';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

/** H5: stores one inline photo in the caller's upload folder (veterans and staff only). */
export default defineAction(uploadRequestPhoto, async (input, ctx) => {
  await ctx.authorizeSeat('upload:attach');
  return { fileID: await storeImage(ctx, 'requests', input.contentType, input.dataBase64) };
});

import { uploadVisitPhoto } from '../../../types/care/visits';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

/** H5: stores one inline photo of a visit in the caller's upload folder (those who log visits only). */
export default defineAction(uploadVisitPhoto, async (input, ctx) => {
  await ctx.authorizeSeat('care:log');
  return { fileID: await storeImage(ctx, 'visits', input.contentType, input.dataBase64) };
});

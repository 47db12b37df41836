import { uploadVisitPhoto } from '../../../types/care/visits';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

/** Stores one photo (H5: its bytes; weapp: its upload), rebuilt from its pixels, of a visit in the caller's upload folder (those who log visits only). */
export default defineAction(uploadVisitPhoto, async (input, ctx) => {
  await ctx.authorizeSeat('care:log');
  return { fileID: (await storeImage(ctx, 'visits', input)).fileID };
});

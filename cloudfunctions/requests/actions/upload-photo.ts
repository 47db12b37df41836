import { uploadRequestPhoto } from '../../../types/requests/submit';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

/** Stores one photo (H5: its bytes; weapp: its upload), rebuilt from its pixels, in the caller's upload folder (veterans and staff only). */
export default defineAction(uploadRequestPhoto, async (input, ctx) => {
  const me = await ctx.caller();
  if (!me.veteran && !me.staff.length) throw new AppError('FORBIDDEN', '请先完成登记后再上传图片');
  return { fileID: (await storeImage(ctx, 'requests', input)).fileID };
});

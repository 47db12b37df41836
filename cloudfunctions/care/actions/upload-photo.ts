import { uploadVisitPhoto } from '../../../types/care/visits';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

const VISITORS = ['grid_leader', 'grid_member', 'station_staff', 'street_staff', 'district_staff'];

/** Stores one photo (H5: its bytes; weapp: its upload), rebuilt from its pixels, of a visit in the caller's upload folder (those who log visits only). */
export default defineAction(uploadVisitPhoto, async (input, ctx) => {
  const me = await ctx.caller();
  const place = me.roles.find((r) => VISITORS.includes(r.role));
  if (!place) throw new AppError('FORBIDDEN', '只有网格员和工作人员可以上传走访照片');
  await ctx.authorize('care:log', { orgPath: place.orgPath });
  return { fileID: (await storeImage(ctx, 'visits', input)).fileID };
});

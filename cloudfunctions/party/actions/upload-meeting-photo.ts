import { uploadMeetingPhoto } from '../../../types/party/meetings';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';
import { MEETING_PHOTOS } from '../lib/photos';

/** A meeting photo into the caller's own folder; only people who record meetings may store them. */
export default defineAction(uploadMeetingPhoto, async (input, ctx) => {
  await ctx.authorizeSeat('party:keep');
  return { fileID: (await storeImage(ctx, MEETING_PHOTOS, input)).fileID };
});

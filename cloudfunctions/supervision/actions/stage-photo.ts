import { stagePhoto } from '../../../types/supervision/reports';
import { defineAction } from '../../_kernel/action';
import { filingAppointment } from '../bodies/term';
import { storePhoto } from '../photos/store-photo';

/**
 * A report photo, rebuilt from its pixels and stored under an anonymous random name. H5 sends the bytes;
 * the mini-program names the file it uploaded to `supervision/incoming/`, which is deleted once re-stored.
 */
export default defineAction(stagePhoto, async (input, ctx) => {
  const me = await ctx.caller();
  const appointment = filingAppointment(me, 'integrity', ctx.now);
  await ctx.authorize('report:file', { orgPath: appointment.bodyPath });
  const doc = await storePhoto(ctx, input);
  return { photoId: doc._id, bytes: doc.bytes };
});

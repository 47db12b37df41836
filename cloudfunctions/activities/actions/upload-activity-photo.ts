import { uploadActivityPhoto } from '../../../types/activities/summary';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';
import { checkImageContent } from '../../_kernel/uploads/content-check';
import { organisedActivity } from '../lib/load';
import { SUMMARY_PHOTOS } from '../lib/photos';
import { organiserPlace } from '../lib/organiser';

/** A summary photo, by the activity's organisers only; shown to its audience, so WeChat's image check first. */
export default defineAction(uploadActivityPhoto, async ({ activityId, ...source }, ctx) => {
  const activity = await organisedActivity(ctx, activityId);
  await ctx.authorize('activity:organise', organiserPlace(activity));
  return { fileID: (await storeImage(ctx, SUMMARY_PHOTOS, source, checkImageContent)).fileID };
});

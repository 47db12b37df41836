import { uploadMeetingPhoto } from '../../../types/party/meetings';
import { POLICY_DENIED_MESSAGES } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';
import { MEETING_PHOTOS } from '../lib/photos';

/** A meeting photo into the caller's own folder; only people who record meetings may store them. */
export default defineAction(uploadMeetingPhoto, async (input, ctx) => {
  const me = await ctx.caller();
  const post = me.roles.find((r) => r.role === 'party_secretary' || r.role === 'party_staff');
  if (!post) throw new AppError('FORBIDDEN', POLICY_DENIED_MESSAGES['party:keep']);
  await ctx.authorize('party:keep', { orgPath: post.orgPath });
  return { fileID: (await storeImage(ctx, MEETING_PHOTOS, input)).fileID };
});

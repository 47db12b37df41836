import { uploadNoticeImage } from '../../../types/notices/contracts';
import { can, POLICY_DENIED_MESSAGES } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';

/**
 * An image for the notice being written (weapp: the file it uploaded; H5: its bytes): WeChat's image
 * check on the bytes as sent, then rebuilt from its pixels and stored in the publisher's folder.
 */
export default defineAction(uploadNoticeImage, async (source, ctx) => {
  const me = await ctx.caller();
  const publisher = me.roles.some((r) => r.role !== 'veteran' && can(me, 'notice:publish', { orgPath: r.orgPath }));
  if (!publisher) throw new AppError('FORBIDDEN', POLICY_DENIED_MESSAGES['notice:publish']);
  return { fileId: (await storeImage(ctx, 'notices', source)).fileID };
});

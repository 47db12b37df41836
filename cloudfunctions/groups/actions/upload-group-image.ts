import { uploadGroupImage } from '../../../types/groups/contracts';
import { POLICY_DENIED_MESSAGES } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { storeImage } from '../../_kernel/uploads';
import { checkImageContent } from '../../_kernel/uploads/content-check';
import { groupAccess, requireAbility } from '../../_domain/groups/access';

/**
 * An image for a message in the group (weapp: the file it uploaded; H5: its bytes): WeChat's image check
 * on the bytes as sent, then rebuilt from its pixels and stored in the sender's folder. A refused image
 * is never stored (CONTENT_REJECTED). postMessage takes only the sender's own stored images.
 */
export default defineAction(uploadGroupImage, async ({ groupId, ...source }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  requireAbility(access, 'canPost', POLICY_DENIED_MESSAGES['group:post']);
  return { fileId: (await storeImage(ctx, 'groups', source, checkImageContent)).fileID };
});

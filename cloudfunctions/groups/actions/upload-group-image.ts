import { uploadGroupImage } from '../../../types/groups/contracts';
import { POLICY_DENIED_MESSAGES } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { groupAccess, requireAbility } from '../../_domain/groups/access';
import { decodeImage, groupFolder } from '../../_domain/groups/image-files';
import { newId } from '../../_kernel/ids';

/**
 * H5 has no Taro.cloud: the browser sends a small image here and the function stores it in the group's
 * folder. Checked here: type by its first bytes and size (1 MB). WeChat's image check runs in postMessage,
 * on the stored file, for weapp and H5 uploads alike (see _domain/groups/image-check).
 */
export default defineAction(uploadGroupImage, async ({ groupId, contentType, base64 }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  requireAbility(access, 'canPost', POLICY_DENIED_MESSAGES['group:post']);
  const body = decodeImage(base64, contentType);
  const ext = contentType === 'image/png' ? 'png' : 'jpg';
  const res = await ctx.sdk.uploadFile({ cloudPath: `${groupFolder(groupId)}${newId()}.${ext}`, fileContent: body });
  return { fileId: res.fileID };
});

import { uploadNoticeImage } from '../../../types/notices/contracts';
import { defineAction } from '../../_kernel/action';
import { decodeImage } from '../../_domain/groups/image-files';
import { newId } from '../../_kernel/ids';
import { NOTICE_FOLDER } from './notice-images';

/**
 * H5 has no Taro.cloud: a publisher's browser sends an image for the notice being written and it is stored
 * where the weapp uploads it (`notices/`). Type and size are checked here; WeChat's image check runs when
 * the notice is published or edited, on the stored file, for both ways of uploading.
 */
export default defineAction(uploadNoticeImage, async ({ contentType, base64 }, ctx) => {
  await ctx.authorizeSeat('notice:publish');
  const body = decodeImage(base64, contentType);
  const ext = contentType === 'image/png' ? 'png' : 'jpg';
  const res = (await ctx.sdk.uploadFile({ cloudPath: `${NOTICE_FOLDER}${newId()}.${ext}`, fileContent: body })) as {
    fileID: string;
  };
  return { fileId: res.fileID };
});

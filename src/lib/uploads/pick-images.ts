import Taro from '@tarojs/taro';
import { CloudError } from '../cloud';

const isCancel = (err: unknown) => /cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? err));

/** Up to `count` pictures from the camera or album (weapp) or a file chooser (H5); [] when the person cancels. */
export async function pickImages(count: number): Promise<string[]> {
  if (count <= 0) return [];
  try {
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return res.tempFilePaths.slice(0, count);
  } catch (err) {
    if (isCancel(err)) return [];
    throw new CloudError('INVALID_INPUT', '没有选到图片，请重试');
  }
}

import Taro from '@tarojs/taro';
import type { ImageType } from '@types-contract/common/uploads';

export interface PickedPhoto {
  contentType: ImageType;
  dataBase64: string;
  /** Shown in the form before it is sent. */
  previewUrl: string;
}

// weapp: choose, let WeChat compress, read as base64 (the H5 build resolves pick-photo.h5.ts).
export async function pickPhoto(): Promise<PickedPhoto | null> {
  const chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] }).catch(
    () => null,
  );
  const path = chosen?.tempFilePaths[0];
  if (!path) return null;
  const data = Taro.getFileSystemManager().readFileSync(path, 'base64') as string;
  const contentType: ImageType = /\.png$/i.test(path) ? 'image/png' : 'image/jpeg';
  return { contentType, dataBase64: data, previewUrl: path };
}

import Taro from '@tarojs/taro';
import { uploadToStorage } from '../../lib/cloud';

export interface CorrectionPhoto {
  fileID: string;
  previewUrl: string;
}

function randomName(): string {
  let name = '';
  for (let i = 0; i < 24; i++) name += Math.floor(Math.random() * 16).toString(16);
  return name;
}

// weapp: choose (compressed), upload to cloud storage; the H5 build resolves pick-photo.h5.ts.
export async function pickCorrectionPhoto(): Promise<CorrectionPhoto | null> {
  const chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] }).catch(() => null);
  const path = chosen?.tempFilePaths[0];
  if (!path) return null;
  const ext = /\.png$/i.test(path) ? 'png' : 'jpg';
  const fileID = await uploadToStorage(`uploads/corrections/${randomName()}.${ext}`, path);
  return { fileID, previewUrl: path };
}

import Taro from '@tarojs/taro';
import { MESSAGE_LIMITS } from '@types-contract/groups/model';
import { networkError } from './cloud-error';
import { initCloud } from './transport';

/** Where an image goes: a group's folder (a message) or the notices folder (a notice being written). */
export type ImageDestination = { groupId: string } | 'notice';

export function destinationFolder(to: ImageDestination): string {
  return to === 'notice' ? 'notices/' : `groups/${to.groupId}/`;
}

/** Shrinks an image past WeChat's image-check limits (750 x 1334 px, 1 MB) before it is uploaded. */
async function fitForCheck(path: string): Promise<string> {
  const info = await Taro.getImageInfo({ src: path });
  const scale = Math.min(1, MESSAGE_LIMITS.imageMaxWidth / info.width, MESSAGE_LIMITS.imageMaxHeight / info.height);
  const { size } = (await Taro.getFileInfo({ filePath: path })) as { size: number };
  if (scale === 1 && size <= MESSAGE_LIMITS.imageMaxBytes) return path;
  const res = await Taro.compressImage({
    src: path,
    quality: 80,
    compressedWidth: Math.floor(info.width * scale),
    compressedHeight: Math.floor(info.height * scale),
  });
  return res.tempFilePath;
}

/**
 * weapp: the image goes straight to cloud storage under a random name in its destination's folder; the
 * function that stores the message or notice checks the folder and runs WeChat's image check on the file.
 */
export async function uploadImageFile(to: ImageDestination, tempFilePath: string): Promise<string> {
  initCloud();
  const path = await fitForCheck(tempFilePath);
  const ext = /\.png$/i.test(path) ? 'png' : 'jpg';
  const name = `${Date.now()}${Math.random().toString(16).slice(2, 10)}`;
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: `${destinationFolder(to)}${name}.${ext}`, filePath: path });
    return res.fileID;
  } catch {
    throw networkError();
  }
}

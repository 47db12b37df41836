import { uploadGroupImage } from '@types-contract/groups/contracts';
import { MESSAGE_LIMITS } from '@types-contract/groups/model';
import { uploadNoticeImage } from '@types-contract/notices/contracts';
import { callAction } from './call-action';
import { CloudError } from './cloud-error';

export type ImageDestination = { groupId: string } | 'notice';

type Picked = { blob: Blob; contentType: 'image/png' | 'image/jpeg' };

/** Redraws an image past WeChat's image-check limits (750 x 1334 px, 1 MB) as a smaller JPEG. */
async function fitForCheck(picked: Picked): Promise<Picked> {
  const bitmap = await createImageBitmap(picked.blob);
  const scale = Math.min(1, MESSAGE_LIMITS.imageMaxWidth / bitmap.width, MESSAGE_LIMITS.imageMaxHeight / bitmap.height);
  if (scale === 1 && picked.blob.size <= MESSAGE_LIMITS.imageMaxBytes) return picked;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(bitmap.width * scale));
  canvas.height = Math.max(1, Math.floor(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  for (const quality of [0.85, 0.7, 0.5]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && blob.size <= MESSAGE_LIMITS.imageMaxBytes) return { blob, contentType: 'image/jpeg' };
  }
  throw new CloudError('INVALID_INPUT', '图片太大，压缩后仍超过1MB，请换一张');
}

/** H5 has no Taro.cloud: the picked image (shrunk when needed) goes to the function as base64. */
export async function uploadImageFile(to: ImageDestination, tempFilePath: string): Promise<string> {
  const blob = await (await fetch(tempFilePath)).blob();
  const contentType = blob.type === 'image/png' ? 'image/png' : blob.type === 'image/jpeg' ? 'image/jpeg' : null;
  if (!contentType) throw new CloudError('INVALID_INPUT', '只能发送 JPG 或 PNG 图片');
  const fitted = await fitForCheck({ blob, contentType });
  const bytes = new Uint8Array(await fitted.blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const image = { contentType: fitted.contentType, base64: btoa(binary) };
  const { fileId } =
    to === 'notice'
      ? await callAction(uploadNoticeImage, image)
      : await callAction(uploadGroupImage, { groupId: to.groupId, ...image });
  return fileId;
}

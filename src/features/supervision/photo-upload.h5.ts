import { stagePhoto, MAX_PHOTO_BYTES } from '@types-contract/supervision/reports';
import { callAction } from '../../lib/cloud';

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** A photo too large to send is drawn smaller and sent as JPEG (what a phone's "compressed" choice does). */
async function shrink(blob: Blob): Promise<string> {
  const bitmap = await createImageBitmap(blob);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.8);
}

/** H5 (no Taro.cloud): the photo's bytes go to the cloud, which strips their metadata and stores them. */
export async function uploadReportPhoto(filePath: string): Promise<string> {
  const blob = await (await fetch(filePath)).blob();
  const dataBase64 = blob.size > MAX_PHOTO_BYTES ? await shrink(blob) : await readAsDataUrl(blob);
  const { photoId } = await callAction(stagePhoto, { dataBase64 });
  return photoId;
}

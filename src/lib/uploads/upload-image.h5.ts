import type { Contract, InputOf, OutputOf } from '@types-contract/common/contract';
import type { UploadSource } from '@types-contract/common/uploads';
import { callAction, CloudError } from '../cloud';
import { type Fit, FIT_FOR_RECORD, scaleFor, TOO_LARGE } from './fit';

export interface UploadImageOptions {
  fit?: Fit;
  anonymous?: boolean;
}

/** JPEG and PNG within `fit` go as they are; anything else (WebP, HEIC the browser reads, too large) is redrawn as JPEG. */
async function fitted(blob: Blob, fit: Fit): Promise<Blob> {
  const bitmap = await createImageBitmap(blob).catch(() => {
    throw new CloudError('INVALID_INPUT', '图片无法识别，请换一张 JPG 或 PNG 图片');
  });
  const scale = scaleFor(fit, bitmap.width, bitmap.height);
  const supported = blob.type === 'image/jpeg' || blob.type === 'image/png';
  if (supported && scale === 1 && blob.size <= fit.maxBytes) return blob;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(bitmap.width * scale));
  canvas.height = Math.max(1, Math.floor(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  for (const quality of [0.85, 0.7, 0.5]) {
    const out = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (out && out.size <= fit.maxBytes) return out;
  }
  throw new CloudError('INVALID_INPUT', TOO_LARGE);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * H5 (no Taro.cloud): the picture, fitted, goes as bytes to the feature's upload action over the local
 * gateway's HTTP, which checks it, rebuilds it from its pixels and stores it, as for the mini-program.
 */
export async function uploadImage<C extends Contract>(
  contract: C,
  path: string,
  input: (source: UploadSource & { contentType?: 'image/jpeg' | 'image/png' }) => InputOf<C>,
  options: UploadImageOptions = {},
): Promise<OutputOf<C>> {
  const blob = await fitted(await (await fetch(path)).blob(), options.fit ?? FIT_FOR_RECORD);
  const contentType = blob.type === 'image/png' ? 'image/png' : 'image/jpeg';
  const dataBase64 = toBase64(new Uint8Array(await blob.arrayBuffer()));
  return callAction(contract, input({ contentType, dataBase64 }));
}

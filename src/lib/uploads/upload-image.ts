import Taro from '@tarojs/taro';
import type { Contract, InputOf, OutputOf } from '@types-contract/common/contract';
import type { UploadSource } from '@types-contract/common/uploads';
import { callAction, CloudError } from '../cloud';
import { type Fit, FIT_FOR_RECORD, NOT_AN_IMAGE, scaleFor, TOO_LARGE } from './fit';
import { uploadToIncoming } from './incoming';

export interface UploadImageOptions {
  fit?: Fit;
  /** Supervision photos: uploaded to the anonymous folder, not the account's. */
  anonymous?: boolean;
}

/** Shrinks past `fit` (and turns any other format into JPEG) with WeChat's own compressor. */
async function fitted(path: string, fit: Fit): Promise<{ path: string; ext: 'jpg' | 'png' }> {
  const info = await Taro.getImageInfo({ src: path });
  const { size } = (await Taro.getFileInfo({ filePath: path })) as { size: number };
  const type = String(info.type ?? '').toLowerCase();
  const ext = type === 'png' ? 'png' : type === 'jpeg' || type === 'jpg' ? 'jpg' : null;
  const scale = scaleFor(fit, info.width, info.height);
  if (ext && scale === 1 && size <= fit.maxBytes) return { path, ext };
  const res = await Taro.compressImage({
    src: path,
    quality: 80,
    compressedWidth: Math.floor(info.width * scale),
    compressedHeight: Math.floor(info.height * scale),
  });
  const after = (await Taro.getFileInfo({ filePath: res.tempFilePath })) as { size: number };
  if (after.size > fit.maxBytes) throw new CloudError('INVALID_INPUT', TOO_LARGE);
  if (!/\.(jpe?g|png)$/i.test(res.tempFilePath)) throw new CloudError('INVALID_INPUT', NOT_AN_IMAGE);
  return { path: res.tempFilePath, ext: /\.png$/i.test(res.tempFilePath) ? 'png' : 'jpg' };
}

/**
 * THE way a picture leaves the mini-program: fitted, uploaded into cloud storage with
 * Taro.cloud.uploadFile, then handed by fileID to the feature's upload action (`input` adds the
 * action's own fields), which checks it, rebuilds it from its pixels and stores it. The H5 build
 * resolves upload-image.h5.ts (bytes over HTTP).
 */
export async function uploadImage<C extends Contract>(
  contract: C,
  path: string,
  input: (source: UploadSource) => InputOf<C>,
  options: UploadImageOptions = {},
): Promise<OutputOf<C>> {
  const ready = await fitted(path, options.fit ?? FIT_FOR_RECORD);
  const fileID = await uploadToIncoming(ready.path, ready.ext, options.anonymous);
  return callAction(contract, input({ fileID }));
}

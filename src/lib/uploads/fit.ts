import { MAX_UPLOAD_BYTES } from '@types-contract/common/uploads';

/**
 * How large a picture may be when it leaves the phone or browser. Images shown to a group or an area go
 * through WeChat's image check, which takes at most 750 x 1334 px and 1 MB; photos kept as records
 * (requests, visits, evidence, reports) keep more detail. The cloud accepts JPEG or PNG of at most 1 MB.
 */
export interface Fit {
  maxWidth: number;
  maxHeight: number;
  maxBytes: number;
}

export const FIT_FOR_CHECK: Fit = { maxWidth: 750, maxHeight: 1334, maxBytes: MAX_UPLOAD_BYTES };
export const FIT_FOR_RECORD: Fit = { maxWidth: 2048, maxHeight: 2048, maxBytes: MAX_UPLOAD_BYTES };

export function scaleFor(fit: Fit, width: number, height: number): number {
  return Math.min(1, fit.maxWidth / width, fit.maxHeight / height);
}

export const TOO_LARGE = '图片太大，压缩后仍超过1MB，请换一张';
export const NOT_AN_IMAGE = '只能上传 JPG 或 PNG 图片';

export function randomName(): string {
  let name = '';
  for (let i = 0; i < 32; i++) name += Math.floor(Math.random() * 16).toString(16);
  return name;
}

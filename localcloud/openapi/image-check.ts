import { isMediaParam } from './wire-format';

/**
 * The local stand-in for WeChat's image check (`security.imgSecCheck`). WeChat judges the picture itself;
 * locally the verdict is a fixed, documented rule so that tests and a district's trial can produce a
 * refusal on purpose: an image whose bytes contain the ASCII marker below (e.g. in a PNG tEXt chunk or a
 * JPEG comment; docs/samples/flagged-image.png is one) is "risky" (87014). WeChat's own limits are kept
 * (security.imgSecCheck reference: 「格式支持 PNG、JPEG、JPG、GIF，图片尺寸不超过 750px × 1334px」, 1 MB):
 * PNG, JPEG or GIF, at most 1 MB, at most 750 px wide and 1334 px high (40006 past either limit).
 */
export const RISKY_IMAGE_MARKER = 'VETGRID-RISKY-IMAGE';
export const IMG_SEC_CHECK_MAX_BYTES = 1024 * 1024;
export const IMG_SEC_CHECK_MAX_WIDTH = 750;
export const IMG_SEC_CHECK_MAX_HEIGHT = 1334;

type Verdict = { errcode: number; errmsg: string };

const FORMATS: { name: string; matches: (b: Buffer) => boolean }[] = [
  {
    name: 'png',
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { name: 'jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { name: 'gif', matches: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
];

export function checkImage(params: Record<string, unknown>): Verdict {
  const media = params.media;
  if (!isMediaParam(media) || media.value.length === 0)
    return { errcode: 41005, errmsg: 'media data missing (缺少 media 图片数据)' };
  if (media.value.length > IMG_SEC_CHECK_MAX_BYTES)
    return { errcode: 40006, errmsg: 'invalid media size (图片超过 1 MB)' };
  if (!FORMATS.some((f) => f.matches(media.value)))
    return { errcode: 40004, errmsg: 'invalid media type (只支持 PNG、JPEG、GIF)' };
  const size = pixelSize(media.value);
  if (size && (size.width > IMG_SEC_CHECK_MAX_WIDTH || size.height > IMG_SEC_CHECK_MAX_HEIGHT))
    return {
      errcode: 40006,
      errmsg: `invalid media size (图片 ${size.width}×${size.height} 像素，超过 ${IMG_SEC_CHECK_MAX_WIDTH}×${IMG_SEC_CHECK_MAX_HEIGHT})`,
    };
  if (media.value.includes(RISKY_IMAGE_MARKER, 0, 'latin1'))
    return { errcode: 87014, errmsg: `risky content (图片含有标记 ${RISKY_IMAGE_MARKER})` };
  return { errcode: 0, errmsg: 'ok' };
}

/** Width and height from the image header (PNG IHDR, GIF logical screen, JPEG SOFn); null if unreadable. */
export function pixelSize(b: Buffer): { width: number; height: number } | null {
  if (FORMATS[0].matches(b) && b.length >= 24) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (FORMATS[2].matches(b) && b.length >= 10) return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (!FORMATS[1].matches(b)) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  return null;
}

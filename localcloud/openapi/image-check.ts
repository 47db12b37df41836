import { isMediaParam } from './wire-format';

/**
 * The local stand-in for WeChat's image check (`security.imgSecCheck`). WeChat judges the picture itself;
 * locally the verdict is a fixed, documented rule so that tests and a district's trial can produce a
 * refusal on purpose: an image whose bytes contain the ASCII marker below (e.g. in a PNG tEXt chunk or a
 * JPEG comment; docs/samples/flagged-image.png is one) is "risky" (87014). WeChat's own limits are kept:
 * PNG, JPEG or GIF, at most 1 MB (the pixel limit, 750 x 1334, is not checked locally).
 */
export const RISKY_IMAGE_MARKER = 'VETGRID-RISKY-IMAGE';
export const IMG_SEC_CHECK_MAX_BYTES = 1024 * 1024;

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
  if (media.value.includes(RISKY_IMAGE_MARKER, 0, 'latin1'))
    return { errcode: 87014, errmsg: `risky content (图片含有标记 ${RISKY_IMAGE_MARKER})` };
  return { errcode: 0, errmsg: 'ok' };
}

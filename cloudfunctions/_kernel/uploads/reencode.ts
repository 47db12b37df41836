import sharp from 'sharp';

/**
 * Every stored image is rebuilt from its pixels: decoded (the first image only, turned upright as its
 * EXIF orientation says) and encoded afresh by libvips (sharp), so nothing but pixels survives:
 * EXIF/XMP/ICC/IPTC, comments, text chunks, thumbnails, a second image appended after the first
 * (motion photos, MPF) and any trailer. Pictures larger than MAX_SIDE are shrunk while they are decoded.
 *
 * sharp is native: it is an external dependency of the functions that store images, installed in the
 * cloud (scripts/build-functions.ts; the function's runtime must be Node.js 20 or later). Memory and time
 * of a 1 MB photo against the function's 256 MB are measured by bench/uploads.ts.
 */
export type CleanType = 'image/jpeg' | 'image/png';

export interface CleanImage {
  contentType: CleanType;
  bytes: Buffer;
  width: number;
  height: number;
}

/** Largest picture read at all (a small file of huge dimensions is refused before it is decoded). */
export const MAX_INPUT_PIXELS = 16_000_000;
/** Longest side kept: more than any phone screen shows, and what the clients send at most. */
export const MAX_SIDE = 2048;
const JPEG_QUALITY = 85;

sharp.cache(false);
sharp.concurrency(1);

/** The bytes are not a JPEG or PNG this module can read (wrong type, truncated, corrupt, too large). */
export class ImageDecodeError extends Error {
  constructor(
    message: string,
    readonly reason: 'type' | 'corrupt' | 'too_large',
  ) {
    super(message);
  }
}

export function imageTypeOf(b: Uint8Array): CleanType | null {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  return null;
}

export async function reencodeImage(raw: Buffer): Promise<CleanImage> {
  const contentType = imageTypeOf(raw);
  if (!contentType) throw new ImageDecodeError('not a JPEG or PNG', 'type');
  const input = contentType === 'image/png' ? firstPng(raw) : raw;
  try {
    const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, pages: 1, failOn: 'error' })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      contentType === 'image/png' ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: JPEG_QUALITY });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { contentType, bytes: data, width: info.width, height: info.height };
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    throw new ImageDecodeError(message, /pixel limit/i.test(message) ? 'too_large' : 'corrupt');
  }
}

/** The PNG up to its IEND chunk: what follows is never part of the picture. */
function firstPng(raw: Buffer): Buffer {
  let at = 8;
  while (at + 12 <= raw.length) {
    const end = at + 12 + raw.readUInt32BE(at);
    if (raw.toString('latin1', at + 4, at + 8) === 'IEND') return raw.subarray(0, end);
    at = end;
  }
  return raw;
}

import * as jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { applyOrientation, jpegOrientation, type Pixels } from './orientation';

/**
 * Every stored image is rebuilt from its pixels: decoded (the first image only, turned as its EXIF
 * orientation says) and encoded afresh, so nothing but pixels survives: EXIF/XMP/ICC/IPTC, comments,
 * text chunks, thumbnails, a second image appended after the first (motion photos, MPF) and any trailer.
 *
 * Pure JavaScript (jpeg-js, pngjs), bundled into each function: no native module to install in the
 * cloud, any Node runtime. No WebP decoder: the clients send JPEG or PNG (H5 redraws anything else).
 * Limits keep a decompression bomb (a small file of huge dimensions) inside the function's 256 MB.
 */
export type CleanType = 'image/jpeg' | 'image/png';

export interface CleanImage {
  contentType: CleanType;
  bytes: Buffer;
  width: number;
  height: number;
}

/** Largest picture decoded (8 MP, e.g. 3264 x 2448): jpeg-js accounts up to ~18 bytes a pixel to decode (4:4:4), ~145 MB. The clients send at most 2048 px a side. */
export const MAX_MEGAPIXELS = 8;
/** What jpeg-js may allocate while decoding (RGBA output plus its component planes). */
const MAX_DECODE_MB = 160;
const JPEG_QUALITY = 85;

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

export function reencodeImage(raw: Buffer): CleanImage {
  const contentType = imageTypeOf(raw);
  if (contentType === 'image/jpeg') return encodeJpeg(decodeJpeg(raw));
  if (contentType === 'image/png') return encodePng(decodePng(raw));
  throw new ImageDecodeError('not a JPEG or PNG', 'type');
}

function decodeJpeg(raw: Buffer): Pixels {
  let decoded: { width: number; height: number; data: Uint8Array };
  try {
    decoded = jpeg.decode(raw, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_MEGAPIXELS,
      maxMemoryUsageInMB: MAX_DECODE_MB,
    });
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    throw new ImageDecodeError(message, /limit exceeded|allocate/i.test(message) ? 'too_large' : 'corrupt');
  }
  if (!decoded.width || !decoded.height) throw new ImageDecodeError('JPEG without pixels', 'corrupt');
  const pixels = { width: decoded.width, height: decoded.height, data: decoded.data };
  return applyOrientation(pixels, jpegOrientation(raw));
}

function encodeJpeg(image: Pixels): CleanImage {
  // Only width, height and data: jpeg-js writes `comments` and `exifBuffer` when they are present.
  const { data } = jpeg.encode({ width: image.width, height: image.height, data: image.data }, JPEG_QUALITY);
  return { contentType: 'image/jpeg', bytes: data, width: image.width, height: image.height };
}

function decodePng(raw: Buffer): Pixels {
  const width = raw.length >= 24 ? raw.readUInt32BE(16) : 0;
  const height = raw.length >= 24 ? raw.readUInt32BE(20) : 0;
  if (width * height > MAX_MEGAPIXELS * 1_000_000) throw new ImageDecodeError('PNG too large', 'too_large');
  try {
    const png = PNG.sync.read(firstPng(raw));
    return {
      width: png.width,
      height: png.height,
      data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length),
    };
  } catch (err) {
    throw new ImageDecodeError(String((err as Error)?.message ?? err), 'corrupt');
  }
}

/** The PNG up to its IEND chunk: pngjs refuses trailing bytes, which would otherwise be dropped anyway. */
function firstPng(raw: Buffer): Buffer {
  let at = 8;
  while (at + 12 <= raw.length) {
    const end = at + 12 + raw.readUInt32BE(at);
    if (raw.toString('latin1', at + 4, at + 8) === 'IEND') return raw.subarray(0, end);
    at = end;
  }
  return raw;
}

function encodePng(image: Pixels): CleanImage {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length);
  // Opaque pictures (screenshots, scans) are written without an alpha channel: a third smaller.
  const bytes = PNG.sync.write(png, { colorType: isOpaque(image.data) ? 2 : 6 });
  return { contentType: 'image/png', bytes, width: image.width, height: image.height };
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

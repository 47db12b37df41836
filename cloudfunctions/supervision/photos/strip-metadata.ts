/**
 * Removes what a photo says about who took it, where and with what: EXIF (GPS, device, time), XMP, IPTC
 * and comments. A small segment walker instead of a package: nothing in the install does it for both
 * JPEG and PNG without native code, and the formats' framing is simple and fixed.
 *
 * JPEG keeps SOI, APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform) and every coding
 * segment; it drops APP1 (Exif, XMP), APP3-APP13, APP15 and COM. From the first SOS on, the bytes are the
 * image itself and are copied as they are. PNG drops tEXt, zTXt, iTXt, eXIf and tIME chunks.
 * Note: dropping EXIF drops its orientation tag too; phones that rotate by tag show such photos turned.
 */
export type PhotoKind = 'image/jpeg' | 'image/png';

export class PhotoFormatError extends Error {}

const KEPT_APP_MARKERS = new Set([0xe0, 0xe2, 0xee]);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_DROPPED = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

export function photoKindOf(bytes: Buffer): PhotoKind | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

export function stripMetadata(bytes: Buffer): { kind: PhotoKind; bytes: Buffer } {
  const kind = photoKindOf(bytes);
  if (kind === 'image/jpeg') return { kind, bytes: stripJpeg(bytes) };
  if (kind === 'image/png') return { kind, bytes: stripPng(bytes) };
  throw new PhotoFormatError('not a JPEG or PNG');
}

function stripJpeg(src: Buffer): Buffer {
  const parts: Buffer[] = [src.subarray(0, 2)];
  let at = 2;
  while (at < src.length) {
    if (src[at] !== 0xff) throw new PhotoFormatError(`JPEG: expected a marker at ${at}`);
    const marker = src[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      parts.push(src.subarray(at, at + 2));
      return Buffer.concat(parts);
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(src.subarray(at, at + 2));
      at += 2;
      continue;
    }
    if (at + 4 > src.length) throw new PhotoFormatError('JPEG: truncated segment header');
    const length = src.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > src.length) throw new PhotoFormatError('JPEG: segment runs past the end');
    if (marker === 0xda) {
      parts.push(src.subarray(at));
      return Buffer.concat(parts);
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const dropped = (isApp && !KEPT_APP_MARKERS.has(marker)) || marker === 0xfe;
    if (!dropped) parts.push(src.subarray(at, end));
    at = end;
  }
  throw new PhotoFormatError('JPEG: no image data');
}

function stripPng(src: Buffer): Buffer {
  const parts: Buffer[] = [PNG_SIGNATURE];
  let at = 8;
  while (at < src.length) {
    if (at + 12 > src.length) throw new PhotoFormatError('PNG: truncated chunk');
    const length = src.readUInt32BE(at);
    const type = src.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > src.length) throw new PhotoFormatError('PNG: chunk runs past the end');
    if (!PNG_DROPPED.has(type)) parts.push(src.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  throw new PhotoFormatError('PNG: no IEND');
}

/**
 * EXIF orientation (tag 0x0112) of a JPEG, read from the first image's APP1 before its scan, and applied
 * to decoded RGBA pixels. Re-encoding drops EXIF, so the rotation a phone recorded as a tag must be done
 * on the pixels first, or the photo shows turned.
 */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export function jpegOrientation(src: Uint8Array): Orientation {
  let at = 2;
  while (at + 4 <= src.length && src[at] === 0xff) {
    const marker = src[at + 1];
    if (marker === 0xda || marker === 0xd9) break; // the scan starts: no metadata after this matters
    const length = (src[at + 2] << 8) | src[at + 3];
    if (length < 2) break;
    if (marker === 0xe1) {
      const found = exifOrientation(src.subarray(at + 4, at + 2 + length));
      if (found) return found;
    }
    at += 2 + length;
  }
  return 1;
}

function exifOrientation(app1: Uint8Array): Orientation | null {
  if (app1.length < 14 || String.fromCharCode(...app1.subarray(0, 6)) !== 'Exif\0\0') return null;
  const tiff = app1.subarray(6);
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return null;
  const u16 = (o: number) => (little ? tiff[o] | (tiff[o + 1] << 8) : (tiff[o] << 8) | tiff[o + 1]);
  const u32 = (o: number) => (little ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? (value as Orientation) : null;
    }
  }
  return null;
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  data: Uint8Array;
}

/** The pixels as they should be seen: turned and/or mirrored as the orientation tag says. */
export function applyOrientation(image: Pixels, orientation: Orientation): Pixels {
  if (orientation === 1) return image;
  const { width: w, height: h, data } = image;
  const swap = orientation >= 5;
  const outW = swap ? h : w;
  const outH = swap ? w : h;
  const out = new Uint8Array(outW * outH * 4);
  const target = TARGETS[orientation];
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  const src32 = new Uint32Array(aligned.buffer, aligned.byteOffset, w * h);
  const out32 = new Uint32Array(out.buffer, 0, outW * outH);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [dx, dy] = target(x, y, w, h);
      out32[dy * outW + dx] = src32[y * w + x];
    }
  }
  return { width: outW, height: outH, data: out };
}

/** Where the source pixel (x, y) of a w x h image lands, for each orientation (EXIF 2.3, tag 0x0112). */
const TARGETS: Record<Exclude<Orientation, 1>, (x: number, y: number, w: number, h: number) => [number, number]> = {
  2: (x, y, w) => [w - 1 - x, y],
  3: (x, y, w, h) => [w - 1 - x, h - 1 - y],
  4: (x, y, _w, h) => [x, h - 1 - y],
  5: (x, y) => [y, x],
  6: (x, y, _w, h) => [h - 1 - y, x],
  7: (x, y, w, h) => [h - 1 - y, w - 1 - x],
  8: (x, y, w) => [y, w - 1 - x],
};

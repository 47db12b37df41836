import fs from 'node:fs';
import path from 'node:path';

/** A real 160×120 JPEG (drawn by Chromium, no metadata of its own). */
export function examSitePhoto(): Buffer {
  return fs.readFileSync(path.resolve(__dirname, '../fixtures/photos/exam-site.jpg'));
}

/**
 * The JPEG with an EXIF segment (APP1) inserted after SOI, as a phone writes one: a TIFF header and one
 * IFD whose Artist and a GPS-like note carry `secret`, plus an XMP segment and a comment carrying it too.
 */
export function withExif(jpeg: Buffer, secret: string): Buffer {
  const text = Buffer.from(`${secret} GPS 22.2710N 113.5767E\0`, 'utf8');
  const tiff = Buffer.alloc(26);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8); // one entry
  tiff.writeUInt16LE(0x013b, 10); // Artist
  tiff.writeUInt16LE(2, 12); // ASCII
  tiff.writeUInt32LE(text.length, 14);
  tiff.writeUInt32LE(26, 18); // value offset
  tiff.writeUInt32LE(0, 22); // no next IFD
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, text]);
  const xmp = Buffer.from(
    `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>${secret}</dc:creator></x:xmpmeta>`,
    'utf8',
  );
  const comment = Buffer.from(`taken by ${secret}`, 'utf8');
  return Buffer.concat([
    jpeg.subarray(0, 2),
    segment(0xe1, exif),
    segment(0xe1, xmp),
    segment(0xfe, comment),
    jpeg.subarray(2),
  ]);
}

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A PNG with a tEXt chunk carrying `secret` (chunk CRCs are not checked by the stripper, so zeros do). */
export function pngWithText(secret: string): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from(`Author\0${secret}`, 'latin1')),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A motion-photo / MPF shape: a second JPEG, with its own EXIF carrying `secret`, after the first one's EOI. */
export function withAppendedImage(jpeg: Buffer, secret: string): Buffer {
  return Buffer.concat([jpeg, withExif(jpeg, secret)]);
}

/** Bytes after the JPEG's end-of-image marker, as some editors and hiding tools leave there. */
export function withTrailer(jpeg: Buffer, secret: string): Buffer {
  return Buffer.concat([jpeg, Buffer.from(`\0\0TRAILER ${secret} GPS 22.27N 113.57E`, 'utf8')]);
}

/** The JPEG with an EXIF segment whose only tag is Orientation (tag 0x0112), as phones write it. */
export function withOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM\0*', 0, 'latin1'); // big-endian, as many cameras write it
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22);
  return Buffer.concat([
    jpeg.subarray(0, 2),
    segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])),
    jpeg.subarray(2),
  ]);
}

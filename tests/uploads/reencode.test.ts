/** @jest-environment node */
import * as jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { ImageDecodeError, reencodeImage } from '../../cloudfunctions/_kernel/uploads/reencode';
import { examSitePhoto, withAppendedImage, withExif, withOrientation, withTrailer } from '../support/photos';
import { pngImage } from '../support/png-image';

const SECRET = '苏明远-demo-integrity-supervisor';
const IDENTITY = [SECRET, 'Exif', 'GPS', 'http://ns.adobe.com/xap', 'TRAILER', 'Artist', 'ICC_PROFILE'];

/** The first image's pixels, decoded by the library itself (not by the code under test). */
const pixelsOf = (bytes: Buffer) => jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });

function meanDifference(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}

function expectNoIdentity(bytes: Buffer) {
  for (const s of IDENTITY) expect(bytes.includes(Buffer.from(s, 'utf8'))).toBe(false);
}

test.each([
  ['EXIF, XMP and a comment', withExif(examSitePhoto(), SECRET)],
  ['a second JPEG with its own EXIF appended', withAppendedImage(withExif(examSitePhoto(), 'first'), SECRET)],
  ['a trailer after the end of the image', withTrailer(examSitePhoto(), SECRET)],
])('a JPEG with %s comes out as the same picture and nothing else', async (_label, tagged) => {
  expect(tagged.includes(Buffer.from(SECRET))).toBe(true);
  const clean = await reencodeImage(tagged);
  expect(clean.contentType).toBe('image/jpeg');
  expectNoIdentity(clean.bytes);
  // One image: one start and one end marker.
  expect(clean.bytes.subarray(-2).equals(Buffer.from([0xff, 0xd9]))).toBe(true);
  expect(clean.bytes.indexOf(Buffer.from([0xff, 0xd8]), 2)).toBe(-1);
  const before = pixelsOf(examSitePhoto());
  const after = pixelsOf(clean.bytes);
  expect([after.width, after.height]).toEqual([160, 120]);
  // Re-encoding a JPEG is lossy: the same picture within a few levels a channel on average.
  expect(meanDifference(before.data, after.data)).toBeLessThan(3);
});

test('a PNG with text chunks comes out with exactly the same pixels and no text', async () => {
  const tagged = pngImage({ width: 30, height: 20, rgb: [12, 200, 90], text: `Author ${SECRET} GPS 22.27N` });
  expect(tagged.includes(Buffer.from('tEXt', 'latin1'))).toBe(true);
  const clean = await reencodeImage(tagged);
  expect(clean.contentType).toBe('image/png');
  expect(clean.bytes.includes(Buffer.from('tEXt', 'latin1'))).toBe(false);
  expectNoIdentity(clean.bytes);
  const png = PNG.sync.read(clean.bytes);
  expect([png.width, png.height]).toEqual([30, 20]);
  for (let i = 0; i < png.data.length; i += 4) expect([...png.data.subarray(i, i + 4)]).toEqual([12, 200, 90, 255]);
});

test('a PNG with bytes after IEND loses them', async () => {
  const clean = await reencodeImage(Buffer.concat([pngImage(), Buffer.from(`TRAILER ${SECRET}`)]));
  expectNoIdentity(clean.bytes);
  expect(clean.bytes.subarray(-8, -4).toString('latin1')).toBe('IEND');
});

test('a photo taken sideways (EXIF orientation 6) is turned upright before its EXIF goes', async () => {
  // 64 x 32: left half red, right half blue. Orientation 6 means "rotate 90° clockwise to show":
  // the left half comes to the top.
  const width = 64;
  const height = 32;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data.set(x < width / 2 ? [230, 20, 20, 255] : [20, 20, 230, 255], (y * width + x) * 4);
  const sideways = withOrientation(jpeg.encode({ width, height, data }, 95).data, 6);
  const clean = await reencodeImage(sideways);
  expect([clean.width, clean.height]).toEqual([32, 64]);
  expect(clean.bytes.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
  const shown = pixelsOf(clean.bytes);
  const at = (x: number, y: number) => [...shown.data.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 3)];
  const [r1, , b1] = at(16, 10);
  const [r2, , b2] = at(16, 54);
  expect(r1).toBeGreaterThan(180);
  expect(b1).toBeLessThan(70);
  expect(b2).toBeGreaterThan(180);
  expect(r2).toBeLessThan(70);
});

test.each([
  ['text', Buffer.from('hello, this is not an image at all')],
  ['a WebP', Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'), Buffer.alloc(40)])],
  ['a truncated JPEG', examSitePhoto().subarray(0, 300)],
  ['a PNG without its data', pngImage().subarray(0, 40)],
])('%s is refused', async (_label, bytes) => {
  await expect(reencodeImage(bytes)).rejects.toThrow(ImageDecodeError);
});

test('a small file claiming huge dimensions is refused before it is decoded', async () => {
  const header = Buffer.from(jpeg.encode({ width: 8, height: 8, data: Buffer.alloc(256, 255) }, 90).data);
  const sof = header.indexOf(Buffer.from([0xff, 0xc0]));
  header.writeUInt16BE(20_000, sof + 5); // height
  header.writeUInt16BE(20_000, sof + 7); // width: 400 MP
  await expect(reencodeImage(header)).rejects.toMatchObject({ reason: 'too_large' });
});

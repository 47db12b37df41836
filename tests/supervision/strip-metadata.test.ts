/** @jest-environment node */
import { photoKindOf, stripMetadata, PhotoFormatError } from '../../cloudfunctions/supervision/photos/strip-metadata';
import { examSitePhoto, pngWithText, withExif } from '../support/photos';

const SECRET = '苏明远-demo-integrity-supervisor';

test('a JPEG with EXIF, XMP and a comment comes out with none of them, image segments untouched', () => {
  const original = examSitePhoto();
  const tagged = withExif(original, SECRET);
  expect(tagged.includes(Buffer.from(SECRET))).toBe(true);
  expect(tagged.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
  const { kind, bytes } = stripMetadata(tagged);
  expect(kind).toBe('image/jpeg');
  expect(bytes.includes(Buffer.from(SECRET))).toBe(false);
  expect(bytes.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
  expect(bytes.includes(Buffer.from('GPS', 'latin1'))).toBe(false);
  // What Chromium wrote (JFIF, ICC profile, tables, scan) is all still there, byte for byte.
  expect(bytes.equals(original)).toBe(true);
});

test('a PNG loses its text chunks and keeps its image chunks', () => {
  const { kind, bytes } = stripMetadata(pngWithText(SECRET));
  expect(kind).toBe('image/png');
  expect(bytes.includes(Buffer.from(SECRET, 'latin1'))).toBe(false);
  expect(bytes.includes(Buffer.from('IDAT', 'latin1'))).toBe(true);
  expect(bytes.subarray(-8, -4).toString('latin1')).toBe('IEND');
});

test.each([
  ['not an image', Buffer.from('hello, this is text')],
  ['a truncated JPEG', examSitePhoto().subarray(0, 40)],
  ['a PNG without its end', pngWithText('x').subarray(0, 40)],
])('%s is refused', (_label, bytes) => {
  expect(() => stripMetadata(bytes)).toThrow(PhotoFormatError);
});

test('only JPEG and PNG are recognised', () => {
  expect(photoKindOf(Buffer.from('GIF89a'))).toBeNull();
  expect(photoKindOf(examSitePhoto())).toBe('image/jpeg');
});

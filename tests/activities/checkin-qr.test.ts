import jsQR from 'jsqr';
import sharp from 'sharp';
import { checkinQrDataUrl, scannedCheckinToken } from '../../src/features/activities/checkin-qr';

/**
 * The organiser's QR image holds `vetgrid-checkin:` and the window's scan token (issue 15 item 2: attendees scan
 * it with Taro.scanCode, whose result `scannedCheckinToken` reads), read back from the image's pixels by an
 * independent decoder (jsQR), as a camera would.
 */
async function decode(dataUrl: string): Promise<string | null> {
  const [, base64] = dataUrl.split(',');
  const { data, info } = await sharp(Buffer.from(base64, 'base64'))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

// 22 URL-safe base64 characters, as 16 bytes of HMAC encode (written by hand, not by the code under test).
const TOKENS = ['AAAAAAAAAAAAAAAAAAAAAA', 'q3_Z-09xYbW2kLmNpQrStu', '__________________----'];

it.each(TOKENS)('the QR image of token %s reads back as vetgrid-checkin: and that token', async (token) => {
  const url = checkinQrDataUrl(token);
  // A GIF data URL: an Image src on weapp and in the browser alike, no canvas needed.
  expect(url.startsWith('data:image/gif;base64,')).toBe(true);
  const read = await decode(url);
  expect(read).toBe(`vetgrid-checkin:${token}`);
  expect(scannedCheckinToken(read as string)).toBe(token);
});

it('a new token is a new image', () => {
  expect(checkinQrDataUrl(TOKENS[0])).not.toBe(checkinQrDataUrl(TOKENS[1]));
});

it.each([
  ['six digits (a code, not our QR)', '418305'],
  ['another site', 'https://example.com/vetgrid-checkin:AAAAAAAAAAAAAAAAAAAAAA'],
  ['a token cut short', 'vetgrid-checkin:AAAAAAAAAAAAAAAAAAAAA'],
  ['a token too long', 'vetgrid-checkin:AAAAAAAAAAAAAAAAAAAAAAA'],
  ['a character no token has', 'vetgrid-checkin:AAAAAAAAAAAAAAAAAAAAA='],
  ['nothing after the prefix', 'vetgrid-checkin:'],
])('what is not our check-in QR code is not read as a token: %s', (_, result) => {
  expect(scannedCheckinToken(result)).toBeNull();
});

import jsQR from 'jsqr';
import sharp from 'sharp';
import { checkinQrDataUrl } from '../../src/features/activities/checkin-qr';

/**
 * The organiser's QR image holds exactly the check-in code (issue 15 item 2: attendees scan it with
 * Taro.scanCode, whose result `scanCheckinCode` reads as the first six digits). Read back from the image's
 * pixels by an independent decoder (jsQR), as a camera would.
 */
async function decode(dataUrl: string): Promise<string | null> {
  const [, base64] = dataUrl.split(',');
  const { data, info } = await sharp(Buffer.from(base64, 'base64'))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

it.each(['000000', '042917', '999999'])('the QR image of %s reads back as the same six digits', async (code) => {
  const url = checkinQrDataUrl(code);
  // A GIF data URL: an Image src on weapp and in the browser alike, no canvas needed.
  expect(url.startsWith('data:image/gif;base64,')).toBe(true);
  expect(await decode(url)).toBe(code);
});

it('a new code is a new image', () => {
  expect(checkinQrDataUrl('123456')).not.toBe(checkinQrDataUrl('123457'));
});

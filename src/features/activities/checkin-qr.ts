import qrcode from 'qrcode-generator';
import { CHECKIN_QR_PREFIX, SCAN_TOKEN } from '@types-contract/activities/checkin';

/**
 * The check-in QR code as an image (a GIF data URL: pure JS, no canvas or DOM, so the same image works in the
 * weapp's Image and in the browser). It holds `vetgrid-checkin:` and the window's scan token, not the six digits
 * shown under it: a scan proves more than a code anyone could type. Error correction M: read from a phone screen
 * held up to another phone's camera.
 */
export function checkinQrDataUrl(scanToken: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(`${CHECKIN_QR_PREFIX}${scanToken}`, 'Byte');
  qr.make();
  // 8 px a module with a 4-module quiet zone (the QR standard's minimum) keeps edges sharp when scaled.
  return qr.createDataURL(8, 32);
}

/** The scan token in what the camera read, or null when it is some other QR code. */
export function scannedCheckinToken(result: string): string | null {
  const text = result.trim();
  if (!text.startsWith(CHECKIN_QR_PREFIX)) return null;
  const token = text.slice(CHECKIN_QR_PREFIX.length);
  return SCAN_TOKEN.test(token) ? token : null;
}

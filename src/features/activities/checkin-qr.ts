import qrcode from 'qrcode-generator';

/**
 * The check-in code as a QR image (a GIF data URL: pure JS, no canvas or DOM, so the same image works in the
 * weapp's Image and in the browser). It holds the six digits only: `scanCheckinCode` takes the first six
 * digits it reads. Error correction M: read from a phone screen held up to another phone's camera.
 */
export function checkinQrDataUrl(code: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(code, 'Numeric');
  qr.make();
  // 8 px a module with a 4-module quiet zone (the QR standard's minimum) keeps edges sharp when scaled.
  return qr.createDataURL(8, 32);
}

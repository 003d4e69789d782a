// A QR code as an image address both builds can show (WeChat's <image> takes a base64 data URL).
// qrcode-generator is pure JS with its own base64, so it runs in the mini-program without browser
// APIs. Used by the paper-ballot register and the volunteers' check-in code.
import qrcode from 'qrcode-generator';

/** `cell` px per module, with the 4-module quiet zone scanners need. */
export function qrDataUrl(text: string, cell = 3): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createDataURL(cell, cell * 4);
}

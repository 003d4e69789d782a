// The QR code printed beside each ballot's serial, as an image address both builds can show
// (WeChat's <image> takes a base64 data URL). qrcode-generator is pure JS with its own base64,
// so it runs in the mini-program without browser APIs; it ships only in this subpackage.
import qrcode from 'qrcode-generator';
import { ballotCode } from '../../../domain/ballotCode';

export function ballotQr(pollId: string, serial: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(ballotCode(pollId, serial));
  qr.make();
  return qr.createDataURL(3, 2);
}

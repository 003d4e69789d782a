// The QR images (the ballot register's, the volunteers' check-in code), decoded by an independent
// reader (qrcode-reader on the GIF's pixels), say exactly what was put in them.
import { GifReader } from 'omggif';
import QrReader from 'qrcode-reader';
import { readBallotCode } from '../../src/domain/ballotCode';
import { ballotQr } from '../../src/packages/polls/register/qr';
import { qrDataUrl } from '../../src/components/qr';

function decode(dataUrl: string): Promise<string> {
  const gif = new GifReader(Buffer.from(dataUrl.split(',')[1], 'base64'));
  const rgba = new Uint8Array(gif.width * gif.height * 4);
  gif.decodeAndBlitFrameRGBA(0, rgba);
  // The reader needs a few pixels per module; scale the 3-px cells up as a camera would see them.
  const scale = 4;
  const width = gif.width * scale;
  const height = gif.height * scale;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (Math.floor(y / scale) * gif.width + Math.floor(x / scale)) * 4;
      data.set([rgba[from], rgba[from + 1], rgba[from + 2], 255], (y * width + x) * 4);
    }
  }
  return new Promise((resolve, reject) => {
    const reader = new QrReader();
    reader.callback = (error, value) => (error ? reject(error) : resolve(value!.result));
    reader.decode({ width, height, data });
  });
}

it.each([
  ['poll:mb3k2x9a', 'P0001'],
  ['poll:mb3k2x9a', 'P0608'],
  ['poll:lzx0q1b7-long-id', 'P12345'],
])('the QR of %s %s scans back to that serial for that poll', async (pollId, serial) => {
  const text = await decode(ballotQr(pollId, serial));
  expect(readBallotCode(text, pollId)).toEqual({ ok: true, serial });
});

it.each(['559238', '000001', '999999'])('the check-in code %s scans back to itself', async (code) => {
  expect(await decode(qrDataUrl(code, 8))).toBe(code);
});

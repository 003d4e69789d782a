// The check-in QR code is read back by a real decoder (the one WeChat's developer tools ship).
import { qrModules } from '../../src/packages/volunteer/components/qr';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const QrReader = require('qrcode-reader');

function decode(modules: boolean[][]): Promise<string> {
  const scale = 8;
  const quiet = 4;
  const n = modules.length + quiet * 2;
  const size = n * scale;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const my = Math.floor(y / scale) - quiet;
      const mx = Math.floor(x / scale) - quiet;
      const dark = my >= 0 && mx >= 0 && my < modules.length && mx < modules.length && modules[my][mx];
      const o = (y * size + x) * 4;
      data[o] = data[o + 1] = data[o + 2] = dark ? 0 : 255;
      data[o + 3] = 255;
    }
  }
  return new Promise((resolve, reject) => {
    const reader = new QrReader();
    reader.callback = (error: unknown, result: { result: string } | undefined) => (error ? reject(error) : resolve(result!.result));
    reader.decode({ width: size, height: size, data });
  });
}

describe('check-in QR code', () => {
  it.each(['559238', '000001', '999999'])('encodes %s so that a decoder reads it back', async (code) => {
    const modules = qrModules(code);
    expect(modules).toHaveLength(21);
    expect(await decode(modules)).toBe(code);
  });

  it('refuses text longer than a version 1 code holds', () => {
    expect(() => qrModules('x'.repeat(15))).toThrow();
  });
});

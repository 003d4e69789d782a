// Minimal types for the two packages the QR round-trip test decodes with (no @types exist).
declare module 'omggif' {
  export class GifReader {
    constructor(bytes: Uint8Array);
    width: number;
    height: number;
    decodeAndBlitFrameRGBA(frame: number, pixels: Uint8Array): void;
  }
}
declare module 'qrcode-reader' {
  export default class QrReader {
    callback: (error: unknown, value?: { result: string }) => void;
    decode(image: { width: number; height: number; data: Uint8ClampedArray }): void;
  }
}

// Photos for reports and finished work: chosen on the phone, compressed there (a phone photo is
// 3–8 MB; the server takes at most 2 MB), put in storage, and then only the file id goes to
// `photos.upload`, which checks it and answers the address to show. A photo never travels inside
// an action call: WeChat's callFunction carries at most 100 KB and advises storage for large data
// (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html).
//  - WeChat: chooseMedia (chooseImage on old base libraries) with sizeType compressed, then
//    compressImage, lower quality and width until it fits; wx.cloud.uploadFile puts it under the
//    person's folder (`uploads/<folder>/<random>.jpg`; the folder comes from `photos.folder`):
//    https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html
//  - Browser: an <input type=file accept=image/*>; each picture is drawn on a canvas and
//    re-encoded as JPEG, scaled down until it fits, then POSTed to the local host's /upload.
//    Re-encoding also drops the EXIF block (the GPS position a phone writes into a photo).
// Prepared photos are base64 on the phone, so the offline queue can keep them until there is signal.
import Taro from '@tarojs/taro';
import { PHOTO_BYTES_MAX, PHOTO_TYPES } from '../domain/issues';
import { photosText } from '../ui/strings/issues';
import { privacyGuarded } from './privacy';

export type PhotoProblem = 'too_big' | 'unreadable';

/** A photo that could not be prepared on the device; `message` is for the resident. */
export class PhotoError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem === 'too_big' ? photosText.tooBig : photosText.unreadable);
    this.name = 'PhotoError';
  }
}

// Storage upload lives in ./upload (small, and the offline queue in the main package needs only it).
export { uploadPhoto, type Photo } from './upload';

// ---- Browser ------------------------------------------------------------------------------

/** The longest edge a report photo needs: enough to see a crack or a leak. */
const MAX_EDGE = 1600;

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release(): void;
}

async function decodeBrowserImage(file: Blob): Promise<Decoded | null> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
    } catch {
      // Fall through to an <img>, which some browsers decode where createImageBitmap does not.
    }
  }
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return null;
  const url = URL.createObjectURL(file);
  try {
    const img = await new Promise<HTMLImageElement>((resolve, reject) => {
      const el = new Image();
      el.onload = () => resolve(el);
      el.onerror = () => reject(new Error('decode'));
      el.src = url;
    });
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, release: () => URL.revokeObjectURL(url) };
  } catch {
    URL.revokeObjectURL(url);
    return null;
  }
}

function canvasToBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b), 'image/jpeg', quality));
}

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(blob);
  });
}

/** Browser only: a picked file as a JPEG of at most 2 MB, base64. */
export async function compressBrowserPhoto(file: File): Promise<string> {
  const decoded = await decodeBrowserImage(file);
  const canvas = decoded ? document.createElement('canvas') : null;
  const g = canvas?.getContext('2d');
  if (!decoded || !canvas || !g || decoded.width === 0) {
    decoded?.release();
    // No canvas to re-encode with: a file the server can read and small enough goes as it is.
    if ((PHOTO_TYPES as readonly string[]).includes(file.type) && file.size <= PHOTO_BYTES_MAX) return blobToBase64(file);
    throw new PhotoError(file.size > PHOTO_BYTES_MAX ? 'too_big' : 'unreadable');
  }
  try {
    let scale = Math.min(1, MAX_EDGE / Math.max(decoded.width, decoded.height));
    let quality = 0.82;
    for (let attempt = 0; attempt < 8; attempt++) {
      canvas.width = Math.max(1, Math.round(decoded.width * scale));
      canvas.height = Math.max(1, Math.round(decoded.height * scale));
      // JPEG has no transparency: a PNG's clear parts become white, not black.
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(decoded.source, 0, 0, canvas.width, canvas.height);
      const blob = await canvasToBlob(canvas, quality);
      if (!blob) throw new PhotoError('unreadable');
      if (blob.size <= PHOTO_BYTES_MAX) return blobToBase64(blob);
      scale *= 0.75;
      quality = Math.max(0.5, quality - 0.08);
    }
    throw new PhotoError('too_big');
  } finally {
    decoded.release();
  }
}

// ---- WeChat -------------------------------------------------------------------------------

/**
 * WeChat only: lets the resident take or pick up to `count` photos; [] when they back out. Throws
 * PrivacyRefused when they declined the privacy guide (WeChat fails the chooser then, which is
 * not a cancel: the screen says why nothing happened).
 */
export async function chooseDevicePhotos(count: number): Promise<string[]> {
  if (count <= 0) return [];
  const paths = await privacyGuarded(async () => {
    if (typeof Taro.chooseMedia === 'function') {
      const r = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] });
      return r.tempFiles.map((f) => f.tempFilePath);
    }
    const r = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return r.tempFilePaths;
  });
  return paths ?? [];
}

function fileSize(filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({
      filePath,
      success: (r) => resolve(r.size),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
}

function readBase64(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
}

/** WeChat only: a chosen photo compressed until it fits, as base64. */
export async function prepareDevicePhoto(path: string): Promise<string> {
  // First the quality alone; then smaller too (a panorama can stay large at any quality).
  const passes: Array<{ quality: number; compressedWidth?: number }> = [{ quality: 80 }, { quality: 60, compressedWidth: 1600 }, { quality: 50, compressedWidth: 1080 }];
  let size = Infinity;
  for (const pass of passes) {
    let out: string;
    try {
      out = (await Taro.compressImage({ src: path, ...pass })).tempFilePath;
    } catch {
      continue;
    }
    size = await fileSize(out).catch(() => Infinity);
    if (size <= PHOTO_BYTES_MAX) return readBase64(out);
  }
  // compressImage failed every time (an old base library): the chosen file, if it fits.
  const original = await fileSize(path).catch(() => Infinity);
  if (original <= PHOTO_BYTES_MAX) return readBase64(path);
  size = Math.min(size, original);
  throw new PhotoError(size === Infinity ? 'unreadable' : 'too_big');
}

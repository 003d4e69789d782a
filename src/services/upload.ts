// Puts a prepared photo (or a roster file: packages/people/roster-import/uploadRoster.ts) in storage and registers its file id with `photos.upload`: in WeChat with
// wx.cloud.uploadFile into the person's folder (`uploads/<folder>/<random>.<ext>`, the folder from
// `photos.folder`), in the browser by POSTing the bytes to the local host's /upload. Only the file
// id travels in the action call (callFunction carries at most 100 KB:
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html;
// uploadFile: https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html).
// Kept apart from ./photos (choosing and compressing): the offline queue, loaded at launch in the
// main package, needs only this.
import Taro from '@tarojs/taro';
import { call, cloudReady, ApiError, NETWORK_MESSAGE } from './api';

export interface Photo {
  fileId: string;
  url: string;
}

const UPLOAD_FAILED = '照片没有传到云端，请检查网络后重试';
const FAILED = '照片没有上传成功，请重试';

function extensionOf(base64: string): 'jpg' | 'png' | 'webp' {
  // The first bytes, base64-encoded: PNG "iVBOR", WebP "UklGR" (RIFF); anything else is sent as JPEG and the server checks it.
  return base64.startsWith('iVBOR') ? 'png' : base64.startsWith('UklGR') ? 'webp' : 'jpg';
}

const randomName = () => Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('');

let folder: Promise<string> | null = null;

/** WeChat: the person's storage folder, asked once per launch. */
function uploadFolder(): Promise<string> {
  folder ??= call('photos.folder', {})
    .then((r) => r.folder)
    .catch((e: unknown) => {
      folder = null;
      throw e;
    });
  return folder;
}

/** `given`: a file already on the phone (a roster chosen from a chat), uploaded as it is. */
export async function toStorageWeapp(base64: string, ext: string, failed: string, given?: string): Promise<string> {
  const cloudPath = `uploads/${await uploadFolder()}/${randomName()}.${ext}`;
  const filePath = given ?? `${Taro.env.USER_DATA_PATH}/upload-${randomName()}.${ext}`;
  if (!given) Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64');
  cloudReady();
  try {
    const r = await Taro.cloud.uploadFile({ cloudPath, filePath });
    return r.fileID;
  } catch {
    throw new ApiError({ code: 'network', message: failed, status: 0 });
  } finally {
    try {
      if (!given) Taro.getFileSystemManager().unlinkSync(filePath);
    } catch {
      // A temp file WeChat clears itself.
    }
  }
}

function base64ToBytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** `kind`: '1' a photo, 'roster' a roster file (the host checks each for its own types). */
export async function toStorageBrowser(base64: string, kind: '1' | 'roster' = '1'): Promise<string> {
  const bytes = base64ToBytes(base64);
  let res: Response;
  try {
    res = await fetch('/upload', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/octet-stream', 'x-gongzhi-upload': kind }, body: bytes.buffer as ArrayBuffer });
  } catch {
    throw new ApiError({ code: 'network', message: NETWORK_MESSAGE, status: 0 });
  }
  const body = (await res.json().catch(() => null)) as { ok: boolean; data?: { fileId: string }; error?: { code: string; message: string; field?: string } } | null;
  if (body?.ok && body.data) return body.data.fileId;
  throw new ApiError({ code: body?.error?.code ?? 'internal', message: body?.error?.message ?? FAILED, field: body?.error?.field, status: res.status });
}

/** Puts one prepared photo (base64, without the data: prefix) in storage, then registers its file id. */
export async function uploadPhoto(base64: string): Promise<Photo> {
  // Inline, so each build keeps only its own transport.
  const fileId = await (process.env.TARO_ENV === 'weapp' ? toStorageWeapp(base64, extensionOf(base64), UPLOAD_FAILED) : toStorageBrowser(base64));
  const r = await call('photos.upload', { fileId });
  return { fileId: r.fileId, url: r.url };
}


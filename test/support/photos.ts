import { demoPng } from '../../server/demo/activity';
import { personaOpenid } from '../../server/demo/personas';
import type { Harness } from './harness';

export const png = (rgb: [number, number, number] = [10, 120, 60]) => demoPng(rgb);

/** Puts bytes in the persona's storage folder, as wx.cloud.uploadFile does; returns the file id. */
export function putFile(h: Harness, persona: string, bytes: Uint8Array, type = 'image/png'): Promise<string> {
  return h.deps.files.put(bytes, type, { openid: personaOpenid(persona) });
}

/** Uploads a small PNG as `persona` (storage, then photos.upload) and returns its file id. */
export async function uploadPhoto(h: Harness, persona: string, rgb?: [number, number, number]): Promise<string> {
  return (await h.ok(persona, 'photos.upload', { fileId: await putFile(h, persona, png(rgb)) })).fileId;
}

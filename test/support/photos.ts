import { demoPng } from '../../server/demo/activity';
import type { Harness } from './harness';

export const pngBase64 = (rgb: [number, number, number] = [10, 120, 60]) => Buffer.from(demoPng(rgb)).toString('base64');

/** Uploads a small PNG as `persona` and returns its file id. */
export async function uploadPhoto(h: Harness, persona: string, rgb?: [number, number, number]): Promise<string> {
  return (await h.ok(persona, 'photos.upload', { dataBase64: pngBase64(rgb) })).fileId;
}

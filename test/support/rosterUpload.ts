// Puts a roster file in the caller's storage folder, as the phone does with wx.cloud.uploadFile (the
// local host's /upload route in the browser); the import then receives only its file id.
import type { Deps } from '../../server/app/context';
import { personaOpenid } from '../../server/demo/personas';
import { ROSTER_FILE_TYPES } from '../../src/domain/photos';

const [CSV, XLSX] = Object.keys(ROSTER_FILE_TYPES);

/** The file id of `content` uploaded by `persona` (committee unless told); .xlsx when it starts as a zip. */
export async function uploadRoster(h: { deps: Deps }, content: Uint8Array | string, persona = 'committee'): Promise<string> {
  const bytes = typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return h.deps.files.put(bytes, zip ? XLSX : CSV, { openid: personaOpenid(persona) });
}

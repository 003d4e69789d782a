// Puts a roster file in the person's storage folder and returns its file id, which is all
// `roster.import` receives: a roster of a few thousand flats is far over callFunction's 100 KB
// (the transport is services/upload.ts, as for photos; kept here so the main package does not grow).
import { toStorageBrowser, toStorageWeapp } from '../../../services/upload';

const ROSTER_UPLOAD_FAILED = '名册文件没有传到云端，请检查网络后重试';

/** An .xlsx is a zip (base64 "UEsDB", `PK\x03\x04`); anything else goes as CSV and the server checks it. */
export async function uploadRosterFile(file: { base64: string; path?: string }): Promise<string> {
  const ext = file.base64.startsWith('UEsDB') ? 'xlsx' : 'csv';
  return process.env.TARO_ENV === 'weapp' ? toStorageWeapp(file.base64, ext, ROSTER_UPLOAD_FAILED, file.path) : toStorageBrowser(file.base64, 'roster');
}

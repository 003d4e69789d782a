// Reading a user's file as base64, per platform: a browser File in H5, a file chosen from a
// WeChat chat (chooseMessageFile) in the mini-program.
import Taro from '@tarojs/taro';
import { privacyGuarded } from './privacy';

export interface PickedFile {
  name: string;
  size: number;
  base64: string;
  /** WeChat: the chosen file's temp path, uploaded to cloud storage as it is. */
  path?: string;
}

/** The roster is an Excel .xlsx, or a CSV (Excel: 另存为 CSV), UTF-8 or GBK. */
export const ROSTER_EXTENSIONS = ['xlsx', 'csv', 'txt'];

/** Browser only. */
export function readBrowserFile(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve({ name: file.name, size: file.size, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}

/** WeChat only. Resolves null when the user backs out of the chooser; throws PrivacyRefused when they declined the privacy guide. */
export async function chooseChatFile(extensions: string[]): Promise<PickedFile | null> {
  const picked = await privacyGuarded(() => Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions }));
  const file = picked?.tempFiles[0];
  if (!file) return null;
  const base64 = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
  return { name: file.name, size: file.size, base64, path: file.path };
}

// The offline queue's storage: the entries waiting, the refused ones, the last sync, and the photos
// taken without signal (files in WeChat, storage in the browser). Survives the app being closed.
import Taro from '@tarojs/taro';
import { ApiError } from './api';

export const QUEUE_KEY = 'gongzhi.offline.queue';
export const FAILED_KEY = 'gongzhi.offline.failed';
export const SYNC_KEY = 'gongzhi.offline.sync';
export const PHOTO_KEY = 'gongzhi.offline.photo.';
/** Server errors (5xx) in a row before an entry is given up and shown as not sent. */
export const MAX_ATTEMPTS = 5;

/** The actions that may wait on the phone: each is safe to send again. */
export type QueuedAction = 'meters.read' | 'tasks.finish' | 'tasks.start';

export interface QueuedPhoto {
  /** Where the photo waits until it is uploaded (a storage key; a file name in WeChat). */
  key: string;
  fileId: string | null;
}

export interface QueueEntry {
  /** Random operation id; `tasks.finish` sends it as `opId`. */
  id: string;
  action: QueuedAction;
  input: Record<string, unknown>;
  createdAt: string;
  attempts: number;
  lastError: string | null;
  /** What it is, in words, for the lists ("19栋301 水表读数 1234.56"). */
  label: string;
  /** Photos taken without signal: uploaded just before the action, their ids added to `input.photos`. */
  photos?: QueuedPhoto[];
  /** The screen where it was entered (and can be fixed if refused). */
  page?: string;
}

export interface FailedEntry extends QueueEntry {
  message: string;
  field: string | null;
  status: number;
  failedAt: string;
}

export interface SyncState {
  state: 'never' | 'ok' | 'offline' | 'error';
  at: string | null;
  message: string | null;
  /** When something was last actually sent. */
  lastSentAt: string | null;
}

export type Outcome = { kind: 'sent'; output: unknown } | { kind: 'refused'; error: ApiError } | { kind: 'kept'; error: ApiError };

export interface FlushResult {
  sent: number;
  refused: number;
  left: number;
  /** Why the flush stopped early, if it did. */
  stopped: 'network' | 'signed_out' | 'server' | null;
}


function readList<T>(key: string): T[] {
  try {
    const v: unknown = Taro.getStorageSync(key);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

export function writeList(key: string, list: unknown[]): void {
  Taro.setStorageSync(key, list);
}

export const readQueue = () => readList<QueueEntry>(QUEUE_KEY);
export const readFailed = () => readList<FailedEntry>(FAILED_KEY);

export function readSync(): SyncState {
  try {
    const v = Taro.getStorageSync(SYNC_KEY) as Partial<SyncState> | '';
    if (v && typeof v === 'object') return { state: v.state ?? 'never', at: v.at ?? null, message: v.message ?? null, lastSentAt: v.lastSentAt ?? null };
  } catch {
    // unreadable: as if never synced
  }
  return { state: 'never', at: null, message: null, lastSentAt: null };
}

export function writeSync(patch: Partial<SyncState>): void {
  try {
    Taro.setStorageSync(SYNC_KEY, { ...readSync(), ...patch, at: new Date().toISOString() });
  } catch {
    // The state line is a convenience; the queue itself is what matters.
  }
}

export function updateEntry(id: string, change: (e: QueueEntry) => QueueEntry): void {
  writeList(
    QUEUE_KEY,
    readQueue().map((e) => (e.id === id ? change(e) : e)),
  );
}

export function removeEntry(id: string): void {
  writeList(
    QUEUE_KEY,
    readQueue().filter((e) => e.id !== id),
  );
}

// Photos taken without signal. In WeChat a storage key holds at most 1 MB, so a photo (up to 2 MB)
// is written as a file in the mini-program's own user folder; in the browser it goes to storage.
const weapp = process.env.TARO_ENV === 'weapp';
const photoPath = (key: string) => `${Taro.env.USER_DATA_PATH}/${key}.jpg`;

export function keepPhoto(key: string, base64: string): void {
  if (weapp) Taro.getFileSystemManager().writeFileSync(photoPath(key), base64, 'base64');
  else Taro.setStorageSync(key, base64);
}

export function readPhoto(key: string): string {
  try {
    const data: unknown = weapp ? Taro.getFileSystemManager().readFileSync(photoPath(key), 'base64') : Taro.getStorageSync(key);
    return typeof data === 'string' ? data : '';
  } catch {
    return '';
  }
}

export function dropPhoto(key: string): void {
  try {
    if (weapp) Taro.getFileSystemManager().unlinkSync(photoPath(key));
    else Taro.removeStorageSync(key);
  } catch {
    // already gone
  }
}

export function dropPhotos(entry: QueueEntry): void {
  for (const p of entry.photos ?? []) dropPhoto(p.key);
}

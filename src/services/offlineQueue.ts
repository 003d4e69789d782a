// What staff enter where there is no signal (meter rooms, basements) stays on the phone and is
// sent when the network returns: nothing lost, nothing sent twice.
//
// The queue lives in Taro storage (it survives the app being closed), oldest first. `flush()`
// sends one entry at a time: an answer removes it; a definite refusal (4xx) moves it to the
// "没有发送成功" list with the server's message so the user can fix it; a network failure keeps it
// and stops (the rest would fail the same way). Only one flush runs at a time, however many
// triggers fire together. Resends are safe: `tasks.finish` carries the entry's id as `opId` and
// the server answers a resend as the first time; a meter reading is one per meter and period, and
// the same value again answers `replay: true`.
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { call, isApiError, ApiError, type Input, type Output } from './api';
import { offlineText as t } from '../ui/strings/offline';
import { uploadPhoto } from './upload';

export const QUEUE_KEY = 'gongzhi.offline.queue';
export const FAILED_KEY = 'gongzhi.offline.failed';
export const SYNC_KEY = 'gongzhi.offline.sync';
const PHOTO_KEY = 'gongzhi.offline.photo.';
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

type Outcome = { kind: 'sent'; output: unknown } | { kind: 'refused'; error: ApiError } | { kind: 'kept'; error: ApiError };

export interface FlushResult {
  sent: number;
  refused: number;
  left: number;
  /** Why the flush stopped early, if it did. */
  stopped: 'network' | 'signed_out' | 'server' | null;
}

// ---------------------------------------------------------------- storage

function readList<T>(key: string): T[] {
  try {
    const v: unknown = Taro.getStorageSync(key);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

function writeList(key: string, list: unknown[]): void {
  Taro.setStorageSync(key, list);
}

const readQueue = () => readList<QueueEntry>(QUEUE_KEY);
const readFailed = () => readList<FailedEntry>(FAILED_KEY);

function readSync(): SyncState {
  try {
    const v = Taro.getStorageSync(SYNC_KEY) as Partial<SyncState> | '';
    if (v && typeof v === 'object') return { state: v.state ?? 'never', at: v.at ?? null, message: v.message ?? null, lastSentAt: v.lastSentAt ?? null };
  } catch {
    // unreadable: as if never synced
  }
  return { state: 'never', at: null, message: null, lastSentAt: null };
}

function writeSync(patch: Partial<SyncState>): void {
  try {
    Taro.setStorageSync(SYNC_KEY, { ...readSync(), ...patch, at: new Date().toISOString() });
  } catch {
    // The state line is a convenience; the queue itself is what matters.
  }
}

function updateEntry(id: string, change: (e: QueueEntry) => QueueEntry): void {
  writeList(
    QUEUE_KEY,
    readQueue().map((e) => (e.id === id ? change(e) : e)),
  );
}

function removeEntry(id: string): void {
  writeList(
    QUEUE_KEY,
    readQueue().filter((e) => e.id !== id),
  );
}

// Photos taken without signal. In WeChat a storage key holds at most 1 MB, so a photo (up to 2 MB)
// is written as a file in the mini-program's own user folder; in the browser it goes to storage.
const weapp = process.env.TARO_ENV === 'weapp';
const photoPath = (key: string) => `${Taro.env.USER_DATA_PATH}/${key}.jpg`;

function keepPhoto(key: string, base64: string): void {
  if (weapp) Taro.getFileSystemManager().writeFileSync(photoPath(key), base64, 'base64');
  else Taro.setStorageSync(key, base64);
}

function readPhoto(key: string): string {
  try {
    const data: unknown = weapp ? Taro.getFileSystemManager().readFileSync(photoPath(key), 'base64') : Taro.getStorageSync(key);
    return typeof data === 'string' ? data : '';
  } catch {
    return '';
  }
}

function dropPhoto(key: string): void {
  try {
    if (weapp) Taro.getFileSystemManager().unlinkSync(photoPath(key));
    else Taro.removeStorageSync(key);
  } catch {
    // already gone
  }
}

function dropPhotos(entry: QueueEntry): void {
  for (const p of entry.photos ?? []) dropPhoto(p.key);
}

// ---------------------------------------------------------------- listeners (UI)

export interface QueueSnapshot {
  pending: QueueEntry[];
  failed: FailedEntry[];
  sync: SyncState;
  sending: boolean;
}

const listeners = new Set<() => void>();
let snapshot: QueueSnapshot | null = null;
let running: Promise<FlushResult> | null = null;

function compute(): QueueSnapshot {
  return { pending: readQueue(), failed: readFailed(), sync: readSync(), sending: running !== null };
}

function emit(): void {
  snapshot = compute();
  listeners.forEach((l) => l());
}

function getSnapshot(): QueueSnapshot {
  if (!snapshot) snapshot = compute();
  return snapshot;
}

function subscribe(listener: () => void): () => void {
  // Storage may have changed while nobody listened (another screen, a restart): read it again.
  snapshot = compute();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The queue as a screen shows it: pending and refused entries and the last sync state. */
export function useOfflineQueue(): QueueSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

export function pendingEntries(): QueueEntry[] {
  return readQueue();
}

export function failedEntries(): FailedEntry[] {
  return readFailed();
}

export function syncState(): SyncState {
  return readSync();
}

// ---------------------------------------------------------------- enqueue

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random operation id matching the server's opId rule ([A-Za-z0-9_-]{8,64}). */
export function newOpId(): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += ID_CHARS[Math.floor(Math.random() * ID_CHARS.length)];
  return `op${Date.now().toString(36)}${s}`;
}

/**
 * Puts one action on the queue (stored at once). `photos` are base64 images to upload before
 * the action. Throws an ApiError ('storage') when the phone cannot hold them.
 */
export function enqueue<N extends QueuedAction>(action: N, input: Input<N>, opts: { label: string; photos?: string[]; id?: string; page?: string }): QueueEntry {
  const id = opts.id ?? newOpId();
  const body: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  if (action === 'tasks.finish') body.opId = id;
  const photos: QueuedPhoto[] = [];
  try {
    (opts.photos ?? []).forEach((data, i) => {
      const key = `${PHOTO_KEY}${id}.${i}`;
      keepPhoto(key, data);
      photos.push({ key, fileId: null });
    });
  } catch {
    dropPhotos({ photos } as QueueEntry);
    throw new ApiError({ code: 'storage', message: t.storageFull, field: 'photos', status: 0 });
  }
  const entry: QueueEntry = {
    id,
    action,
    input: body,
    createdAt: new Date().toISOString(),
    attempts: 0,
    lastError: null,
    label: opts.label,
    ...(photos.length ? { photos } : {}),
    ...(opts.page ? { page: opts.page } : {}),
  };
  writeList(QUEUE_KEY, [...readQueue(), entry]);
  emit();
  return entry;
}

/** Takes a refused entry off the "没有发送成功" list (after the user read or fixed it). */
export function dismissFailed(id: string): void {
  const list = readFailed();
  const gone = list.find((e) => e.id === id);
  if (!gone) return;
  dropPhotos(gone);
  writeList(
    FAILED_KEY,
    list.filter((e) => e.id !== id),
  );
  emit();
}

// ---------------------------------------------------------------- network state

let knownOffline: boolean | null = null;

/** Whether the phone knows it has no network now (unknown counts as online: we try). */
export async function isOffline(): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    // Taro's H5 network API reads navigator.connection, which does not say "offline".
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }
  if (knownOffline !== null) return knownOffline;
  try {
    const r = await Taro.getNetworkType();
    return r.networkType === 'none';
  } catch {
    return false;
  }
}

function toApiError(e: unknown): ApiError {
  return isApiError(e) ? e : new ApiError({ code: 'internal', message: String((e as Error)?.message ?? e) });
}

const isNetwork = (e: ApiError) => e.code === 'network' || e.status === 0;

type Verdict = 'sent' | 'refused' | 'network' | 'signed_out' | 'server' | 'busy';

/**
 * What an error means for an entry: sent after all, never going to succeed (refused: shown with
 * the server's words), or worth another try later: no network, signed out, a server fault or a
 * timeout (counted: after MAX_ATTEMPTS it is shown as not sent), or the cloud's quota (busy: kept,
 * not counted against the entry, the user is told to wait).
 */
function judge(entry: QueueEntry, error: ApiError): Verdict {
  if (isNetwork(error)) return 'network';
  if (error.code === 'quota' || error.status === 429) return 'busy';
  if (error.status === 401) return 'signed_out';
  // A start sent again after a lost answer: the task is already started, which was the point.
  if (entry.action === 'tasks.start' && error.status === 409 && error.details?.status === 'in_progress') return 'sent';
  if (error.status >= 400 && error.status < 500) return 'refused';
  return 'server';
}

// ---------------------------------------------------------------- flush

const outcomes = new Map<string, Outcome>();

/** What became of an entry sent by this app session (the output of a sent one). */
export function outcomeOf(id: string): Outcome | undefined {
  return outcomes.get(id);
}

async function sendEntry(entry: QueueEntry): Promise<unknown> {
  const fileIds: string[] = [];
  for (const photo of entry.photos ?? []) {
    if (photo.fileId) {
      fileIds.push(photo.fileId);
      continue;
    }
    const data = readPhoto(photo.key);
    if (!data) throw new ApiError({ code: 'invalid', message: t.photoLost, field: 'photos' });
    const uploaded = await uploadPhoto(data);
    // Remembered at once, so a retry after a later failure does not upload it again.
    updateEntry(entry.id, (e) => ({ ...e, photos: (e.photos ?? []).map((p) => (p.key === photo.key ? { ...p, fileId: uploaded.fileId } : p)) }));
    dropPhoto(photo.key);
    fileIds.push(uploaded.fileId);
  }
  const given = (entry.input.photos as string[] | undefined) ?? [];
  const input = fileIds.length ? { ...entry.input, photos: [...given, ...fileIds] } : entry.input;
  return (call as (a: string, i: unknown) => Promise<unknown>)(entry.action, input);
}

function moveToFailed(entry: QueueEntry, error: ApiError): void {
  removeEntry(entry.id);
  const failed: FailedEntry = {
    ...entry,
    lastError: error.message,
    message: error.message,
    field: error.field ?? null,
    status: error.status,
    failedAt: new Date().toISOString(),
  };
  writeList(FAILED_KEY, [...readFailed().filter((e) => e.id !== entry.id), failed]);
}

async function drain(): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, refused: 0, left: 0, stopped: null };
  if (readQueue().length > 0 && (await isOffline())) {
    writeSync({ state: 'offline', message: null });
    return { ...result, left: readQueue().length, stopped: 'network' };
  }
  for (;;) {
    const entry = readQueue()[0];
    if (!entry) break;
    // Counted before sending: a crash mid-send still shows the attempt.
    updateEntry(entry.id, (e) => ({ ...e, attempts: e.attempts + 1 }));
    let verdict: Verdict;
    let output: unknown;
    let error: ApiError | null = null;
    try {
      output = await sendEntry(entry);
      verdict = 'sent';
    } catch (e) {
      error = toApiError(e);
      verdict = judge(entry, error);
    }
    const current = readQueue().find((e) => e.id === entry.id) ?? { ...entry, attempts: entry.attempts + 1 };
    if (verdict === 'sent') {
      removeEntry(entry.id);
      dropPhotos(current);
      outcomes.set(entry.id, { kind: 'sent', output });
      result.sent++;
      writeSync({ state: 'ok', message: null, lastSentAt: new Date().toISOString() });
      emit();
      continue;
    }
    const err = error as ApiError;
    if (verdict === 'refused' || (verdict === 'server' && current.attempts >= MAX_ATTEMPTS)) {
      moveToFailed(current, err);
      outcomes.set(entry.id, { kind: 'refused', error: err });
      result.refused++;
      emit();
      continue;
    }
    // Kept for later: the network is down, the session ended or the server is in trouble.
    // A quota refusal says nothing about the entry: its attempt does not count.
    updateEntry(entry.id, (e) => ({ ...e, lastError: err.message, ...(verdict === 'busy' ? { attempts: Math.max(0, e.attempts - 1) } : {}) }));
    outcomes.set(entry.id, { kind: 'kept', error: err });
    result.stopped = verdict === 'network' ? 'network' : verdict === 'signed_out' ? 'signed_out' : 'server';
    writeSync(
      verdict === 'network'
        ? { state: 'offline', message: null }
        : { state: 'error', message: verdict === 'signed_out' ? t.signedOut : err.message },
    );
    break;
  }
  result.left = readQueue().length;
  if (!result.stopped) writeSync({ state: 'ok', message: null });
  return result;
}

let again = false;

/**
 * Sends the queue, oldest first, one entry at a time. A call while a flush runs joins it (and
 * makes it look once more for entries added meanwhile), so no entry is ever sent twice at once.
 */
export function flush(): Promise<FlushResult> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      let total: FlushResult = { sent: 0, refused: 0, left: 0, stopped: null };
      do {
        again = false;
        const r = await drain();
        total = { sent: total.sent + r.sent, refused: total.refused + r.refused, left: r.left, stopped: r.stopped };
      } while (again && !total.stopped);
      return total;
    } finally {
      running = null;
      again = false;
      emit();
    }
  })();
  emit();
  return running;
}

// ---------------------------------------------------------------- submit

export type Submitted<N extends QueuedAction> = { state: 'sent'; entry: QueueEntry; output: Output<N> } | { state: 'queued'; entry: QueueEntry };

/**
 * Sends an action through the queue: stored on the phone first, then sent at once if there is a
 * network. Resolves `sent` with the server's answer, or `queued` when it waits for the network
 * (offline now, or older entries still waiting). A refusal of this very entry is thrown as the
 * ApiError (and not kept in the failed list): the screen shows it next to what was typed.
 *
 * `photos` (base64) are uploaded first when online; a photo the server refuses throws before
 * anything is queued. Without network they wait on the phone with the entry.
 */
export async function submit<N extends QueuedAction>(action: N, input: Input<N>, opts: { label: string; photos?: string[]; page?: string }): Promise<Submitted<N>> {
  let offline = await isOffline();
  const uploaded: string[] = [];
  let kept: string[] = opts.photos ?? [];
  if (!offline && kept.length) {
    const left: string[] = [];
    for (const data of kept) {
      if (offline) {
        left.push(data);
        continue;
      }
      try {
        uploaded.push((await uploadPhoto(data)).fileId);
      } catch (e) {
        const error = toApiError(e);
        if (!isNetwork(error)) throw error;
        offline = true;
        left.push(data);
      }
    }
    kept = left;
  }
  const given = ((input as Record<string, unknown>).photos as string[] | undefined) ?? [];
  const body = (uploaded.length ? { ...input, photos: [...given, ...uploaded] } : input) as Input<N>;
  const entry = enqueue(action, body, { label: opts.label, photos: kept, page: opts.page });
  if (offline) {
    writeSync({ state: 'offline', message: null });
    emit();
    return { state: 'queued', entry };
  }
  await flush();
  const outcome = outcomes.get(entry.id);
  if (outcome?.kind === 'sent') return { state: 'sent', entry, output: outcome.output as Output<N> };
  if (outcome?.kind === 'refused') {
    // Said on the screen where it was typed; not also kept in the failed list.
    const list = readFailed();
    writeList(
      FAILED_KEY,
      list.filter((e) => e.id !== entry.id),
    );
    emit();
    throw outcome.error;
  }
  return { state: 'queued', entry };
}

// ---------------------------------------------------------------- triggers

let started = false;

/**
 * Sends the queue whenever the network comes back and whenever the app comes to the front, and
 * once now. Idempotent: each staff screen calls it; the first call registers the listeners for
 * the rest of the app's life.
 */
export function startOfflineSync(): void {
  if (started) return;
  started = true;
  const onChange = (res: { isConnected: boolean }) => {
    knownOffline = !res.isConnected;
    if (res.isConnected) void flush();
    else {
      writeSync({ state: 'offline', message: null });
      emit();
    }
  };
  try {
    Taro.onNetworkStatusChange(onChange);
  } catch {
    // not available: the browser events below and the manual button remain
  }
  try {
    Taro.onAppShow(() => void flush());
  } catch {
    // not available here
  }
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
    window.addEventListener('online', () => onChange({ isConnected: true }));
    window.addEventListener('offline', () => onChange({ isConnected: false }));
  }
  void isOffline().then((off) => (off ? undefined : flush()));
}

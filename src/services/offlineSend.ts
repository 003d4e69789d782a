// Sending the offline queue: whether the phone is offline, what an answer means for an entry
// (sent, refused for good, kept for later), one entry at a time, and one flush at a time.
import Taro from '@tarojs/taro';
import { call, isApiError, ApiError } from './api';
import { offlineText as t } from '../ui/strings/offline';
import { uploadPhoto } from './upload';
import { FAILED_KEY, MAX_ATTEMPTS, writeList, readQueue, readFailed, writeSync, updateEntry, removeEntry, readPhoto, dropPhoto, dropPhotos } from './offlineStore';
import type { QueueEntry, FailedEntry, Outcome, FlushResult } from './offlineStore';
import { setSending, emit } from './offlineSnapshot';


let knownOffline: boolean | null = null;

/** Said by the network listener (startOfflineSync): whether the phone has no network now. */
export function setKnownOffline(offline: boolean): void {
  knownOffline = offline;
}

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

export function toApiError(e: unknown): ApiError {
  return isApiError(e) ? e : new ApiError({ code: 'internal', message: String((e as Error)?.message ?? e) });
}

export const isNetwork = (e: ApiError) => e.code === 'network' || e.status === 0;

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

export const outcomes = new Map<string, Outcome>();

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

let running: Promise<FlushResult> | null = null;
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
      setSending(false);
      emit();
    }
  })();
  setSending(true);
  emit();
  return running;
}

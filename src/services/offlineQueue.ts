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
import { ApiError, type Input, type Output } from './api';
import { offlineText as t } from '../ui/strings/offline';
import { uploadPhoto } from './upload';
import { QUEUE_KEY, FAILED_KEY, PHOTO_KEY, writeList, readQueue, readFailed, writeSync, keepPhoto, dropPhotos } from './offlineStore';
import type { QueuedAction, QueuedPhoto, QueueEntry } from './offlineStore';
import { emit } from './offlineSnapshot';
import { setKnownOffline, isOffline, toApiError, isNetwork, outcomes, flush } from './offlineSend';
import { opId } from '../domain/ids';

// The queue's public face: screens and tests import from here, whichever file holds the mechanism.
export { QUEUE_KEY, FAILED_KEY, SYNC_KEY, MAX_ATTEMPTS } from './offlineStore';
export type { QueuedAction, QueuedPhoto, QueueEntry, FailedEntry, SyncState, FlushResult } from './offlineStore';
export { useOfflineQueue, pendingEntries, failedEntries, syncState, type QueueSnapshot } from './offlineSnapshot';
export { isOffline, outcomeOf, flush } from './offlineSend';

// ---------------------------------------------------------------- enqueue

/** A random operation id matching the server's opId rule ([A-Za-z0-9_-]{8,64}); the phone's own clock. */
export const newOpId = (): string => opId(new Date());

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
    setKnownOffline(!res.isConnected);
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

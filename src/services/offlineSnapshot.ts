// The offline queue as screens see it: one snapshot, read again when storage may have changed,
// and every listening screen told when it changes.
import { useSyncExternalStore } from 'react';
import { readQueue, readFailed, readSync } from './offlineStore';
import type { QueueEntry, FailedEntry, SyncState } from './offlineStore';


export interface QueueSnapshot {
  pending: QueueEntry[];
  failed: FailedEntry[];
  sync: SyncState;
  sending: boolean;
}

const listeners = new Set<() => void>();
let snapshot: QueueSnapshot | null = null;
let sending = false;

/** Said by the flush: whether it is sending now (screens show it). */
export function setSending(on: boolean): void {
  sending = on;
}

function compute(): QueueSnapshot {
  return { pending: readQueue(), failed: readFailed(), sync: readSync(), sending };
}

export function emit(): void {
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

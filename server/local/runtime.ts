// Assembles the local adapters: SQLite store, outbox notifier, system clock.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { collections } from '../app/collections';
import { systemClock, type Clock, type Deps } from '../app/context';
import { outboxNotifier } from '../notify/outbox';
import { openSqliteStore } from '../store/sqlite';
import { diskFiles, memoryFiles } from '../files/disk';
import { reviewedFiles } from '../files/review';
import { wordListChecker } from '../content/wordList';
import { localGroups } from '../notify/groups';
import type { Store } from '../store/port';

export function openLocalDeps(file: string, clock: Clock = systemClock): Deps {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const store = openSqliteStore({ file, collections });
  const files = file === ':memory:' ? memoryFiles() : diskFiles(path.join(path.dirname(path.resolve(file)), 'files'));
  return { store, clock, notifier: outboxNotifier(store, clock), files: reviewedFiles(files, store), contentCheck: wordListChecker(), groups: localGroups() };
}

/** The session secret: from GONGZHI_SECRET, else made once and kept in the database. */
export async function sessionSecret(store: Store): Promise<string> {
  if (process.env.GONGZHI_SECRET) return process.env.GONGZHI_SECRET;
  const kept = await store.get<{ _id: string; value: string }>('meta', 'secret');
  if (kept) return kept.value;
  const value = randomBytes(32).toString('base64url');
  try {
    await store.insert('meta', { _id: 'secret', value });
    return value;
  } catch {
    return (await store.get<{ _id: string; value: string }>('meta', 'secret'))!.value;
  }
}

// Assembles the local adapters: SQLite store, outbox notifier, system clock.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { collections } from '../app/collections';
import { systemClock, type Clock, type Deps } from '../app/context';
import { outboxNotifier } from '../notify/outbox';
import { openSqliteStore } from '../store/sqlite';
import { diskFiles, memoryFiles } from '../files/disk';
import { wordListChecker } from '../content/wordList';
import { localGroups } from '../notify/groups';

export function openLocalDeps(file: string, clock: Clock = systemClock): Deps {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const store = openSqliteStore({ file, collections });
  const files = file === ':memory:' ? memoryFiles() : diskFiles(path.join(path.dirname(path.resolve(file)), 'files'));
  return { store, clock, notifier: outboxNotifier(store, clock), files, contentCheck: wordListChecker(), groups: localGroups() };
}

// Assembles the local adapters: the store (SQLite, or SQLite under the CloudBase emulator with
// GONGZHI_STORE=emulated), outbox notifier, system clock; and runs one action the way the platform
// would: on the emulated store, each call is one cloud-function invocation with its own time budget.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { collections } from '../app/collections';
import { systemClock, type Clock, type Deps, type Identity, type Notifier } from '../app/context';
import { dispatch, type CallScope, type Outcome } from '../app/dispatch';
import { deploymentDeps } from '../app/tenancy/helpers/scope';
import { isScopedStore } from '../store/scoped';
import { outboxNotifier } from '../notify/outbox';
import { openSqliteStore, type SqliteStore } from '../store/sqlite';
import { isEmulatedStore, openEmulatedStore, type EmulatedOptions, type InvocationOptions, type InvocationStore } from '../store/emulated';
import { diskFiles, memoryFiles } from '../files/disk';
import { reviewedFiles } from '../files/review';
import { wordListChecker } from '../content/wordList';
import { localGroups } from '../notify/groups';
import type { Store } from '../store/port';

export type StoreKind = 'sqlite' | 'emulated';

/** GONGZHI_STORE: `sqlite` (the default) or `emulated` (SQLite underneath, CloudBase's semantics on top). */
export function storeKindFrom(env: Record<string, string | undefined> = process.env): StoreKind {
  const kind = env.GONGZHI_STORE || 'sqlite';
  if (kind !== 'sqlite' && kind !== 'emulated') throw new Error(`GONGZHI_STORE must be sqlite or emulated, not ${JSON.stringify(kind)}`);
  return kind;
}

/** Emulator settings from the environment: GONGZHI_LATENCY_MS, GONGZHI_FAULT_RATE, GONGZHI_SEED. */
export function emulatedOptionsFrom(env: Record<string, string | undefined> = process.env): EmulatedOptions {
  const num = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : Number(env[name]));
  return { latencyMs: num('GONGZHI_LATENCY_MS'), transientRate: num('GONGZHI_FAULT_RATE'), seed: num('GONGZHI_SEED'), realSleep: true };
}

export interface LocalOptions {
  store?: StoreKind;
  emulated?: EmulatedOptions;
  /** Open an in-memory copy of these database bytes (a fork) instead of `file`. */
  image?: Buffer;
  /** Wraps the SQLite store before anything else uses it (the tests' query recorder). */
  wrapSqlite?: (store: SqliteStore) => SqliteStore;
  /**
   * A long-running host's setting: a worker thread checkpoints the file's WAL, never a request's
   * commit (sqliteCheckpointer.ts). Left off for short-lived stores (the fault suites open hundreds,
   * and a thread each cost them seconds).
   */
  backgroundCheckpoint?: boolean;
}

// The notifier writes its outbox through the store it was made with: an invocation needs its own.
const notifierFor = new WeakMap<Notifier, (store: Store) => Notifier>();

export function openLocalDeps(file: string, clock: Clock = systemClock, options: LocalOptions = {}): Deps {
  const memory = file === ':memory:' || !!options.image;
  if (!memory) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const opened = openSqliteStore({ file: options.image ?? file, collections, checkpoint: options.backgroundCheckpoint ? 'background' : 'auto' });
  const sqlite = options.wrapSqlite ? options.wrapSqlite(opened) : opened;
  const store = (options.store ?? storeKindFrom()) === 'emulated' ? openEmulatedStore(sqlite, options.emulated) : sqlite;
  const files = memory ? memoryFiles() : diskFiles(path.join(path.dirname(path.resolve(file)), 'files'));
  const makeNotifier = (s: Store) => outboxNotifier(s, clock);
  const notifier = makeNotifier(store);
  notifierFor.set(notifier, makeNotifier);
  return { store, clock, notifier, files: reviewedFiles(files, store), contentCheck: wordListChecker(), groups: localGroups() };
}

/** The same deps without the emulator's latency and faults (seeding, checks); the deps themselves on SQLite. */
export function directDeps(deps: Deps): Deps {
  if (!isEmulatedStore(deps.store)) return deps;
  return { ...deps, store: deps.store.inner, notifier: notifierFor.get(deps.notifier)?.(deps.store.inner) ?? deps.notifier };
}

/** Deps for one cloud-function invocation on the emulated store; null on SQLite (nothing to cut). */
export function invocationDeps(deps: Deps, options?: InvocationOptions): { deps: Deps; invocation: InvocationStore } | null {
  if (!isEmulatedStore(deps.store)) return null;
  const invocation = deps.store.invocation(options);
  return { deps: { ...deps, store: invocation, notifier: notifierFor.get(deps.notifier)?.(invocation) ?? deps.notifier }, invocation };
}

/**
 * What the caller gets when the platform cuts the function off: wx.cloud.callFunction fails (the
 * mini-program shows its network error); the local host answers 504 with this envelope. Never a 4xx.
 */
export const FUNCTION_TIMED_OUT: Outcome = { status: 504, body: { ok: false, error: { code: 'internal', message: '服务器处理超时，请稍后再试' } } };

/**
 * Runs one action as one invocation: plain dispatch on SQLite, a fresh invocation on the emulated
 * store. The compound is the one the call names, else the one `deps` are scoped to, else the default.
 */
export async function runAction(scoped: Deps, name: string, input: unknown, identity: Identity | null, options?: InvocationOptions, scope: CallScope = {}): Promise<Outcome & { invocation?: InvocationStore }> {
  const call = { compound: scope.compound ?? (isScopedStore(scoped.store) ? scoped.store.compoundId : undefined) };
  const deps = deploymentDeps(scoped);
  const one = invocationDeps(deps, options);
  if (!one) return dispatch(deps, name, input, identity, call);
  const outcome = await dispatch(one.deps, name, input, identity, call);
  return { ...(one.invocation.killed ? FUNCTION_TIMED_OUT : outcome), invocation: one.invocation };
}

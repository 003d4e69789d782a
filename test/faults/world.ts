// The fault suite's world: a compound seeded once into a SQLite file, then forked (the file
// copied) for every cut, so each cut starts from the same state without reseeding. A host is one
// function instance on a fork: its own store connection and caches, its own virtual clock; calls
// go through the same dispatch the cloud entry uses, optionally through one cut invocation.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collections } from '../../server/app/collections';
import type { Deps } from '../../server/app/context';
import { dispatch, type Outcome } from '../../server/app/dispatch';
import { runJobs } from '../../server/app/jobs/runJobs';
import { wordListChecker } from '../../server/content/wordList';
import { personaOpenid, personas } from '../../server/demo/personas';
import { memoryFiles } from '../../server/files/disk';
import { outboxNotifier } from '../../server/notify/outbox';
import { openSqliteStore } from '../../server/store/sqlite';
import type { Store } from '../../server/store/port';
import { pollHarness, type PollHarness, type RosterSpec } from '../support/pollHarness';
import { invocation, type CutKind, type Invocation } from './cut';

const dir = mkdtempSync(path.join(tmpdir(), 'gz-faults-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

export interface Host {
  deps: Deps;
  clock: { now(): Date; advance(ms: number): void };
  call(who: string | null, action: string, input?: unknown): Promise<Outcome>;
  /** Same, but throws unless the call succeeded; returns its data. */
  ok<T = any>(who: string | null, action: string, input?: unknown): Promise<T>;
  /** One call through a cut (or counting) invocation; returns the invocation for its write count. */
  cutCall(who: string | null, action: string, input: unknown, cut?: { atWrite: number; kind: CutKind }): Promise<{ outcome: Outcome | Error; inv: Invocation }>;
  jobs(): Promise<unknown>;
  close(): Promise<void>;
}

const openidOf = (who: string) => (personas.some((p) => p.id === who) ? personaOpenid(who) : who);

/** Seeds a compound (the demo, or a small roster) and lets `setup` prepare it; returns the file. */
export async function seedWorld<T>(options: { roster?: RosterSpec; startIso: string }, setup: (h: PollHarness) => Promise<T>): Promise<{ file: string; data: T }> {
  const file = path.join(dir, `base-${++files}.db`);
  const h = await pollHarness({ ...options, file });
  const data = await setup(h);
  await h.close();
  return { file, data };
}

/** A copy of the world's file, for one cut. */
export function fork(file: string): string {
  const copy = path.join(dir, `fork-${++files}.db`);
  copyFileSync(file, copy);
  return copy;
}

/** One function instance on `file`, its clock at `startIso`. */
export function host(file: string, startIso: string): Host {
  let now = Date.parse(startIso);
  const clock = { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
  const store = openSqliteStore({ file, collections });
  const depsOn = (s: Store): Deps => ({ store: s, clock, notifier: outboxNotifier(s, clock), files: memoryFiles(), contentCheck: wordListChecker() });
  const deps = depsOn(store);
  const identity = (who: string | null) => (who ? { openid: openidOf(who) } : null);
  return {
    deps,
    clock,
    call: (who, action, input = {}) => dispatch(deps, action, input, identity(who)),
    async ok(who, action, input = {}) {
      const outcome = await dispatch(deps, action, input, identity(who));
      if (!outcome.body.ok) throw new Error(`${action} as ${who} failed with ${outcome.status}: ${JSON.stringify(outcome.body.error)}`);
      return outcome.body.data as any;
    },
    async cutCall(who, action, input, cut) {
      const inv = invocation(store, cut);
      try {
        return { outcome: await dispatch(depsOn(inv), action, input, identity(who)), inv };
      } catch (error) {
        return { outcome: error as Error, inv };
      }
    },
    jobs: () => runJobs(deps),
    close: () => store.close(),
  };
}

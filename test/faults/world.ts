// The fault suite's world: a compound seeded once into a SQLite file, then forked (the file
// copied) for every cut, so each cut starts from the same state without reseeding. A host is one
// function instance on a fork: its own store connection and caches, its own virtual clock; calls
// go through the same dispatch the cloud entry uses, each as one invocation of the emulated
// CloudBase store (server/store/emulated.ts), which the suite cuts at a planned write.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Deps } from '../../server/app/context';
import type { Outcome } from '../../server/app/dispatch';
import { runJobs } from '../../server/app/jobs/runJobs';
import { personaOpenid, personas } from '../../server/demo/personas';
import { openLocalDeps, runAction } from '../../server/local/runtime';
import type { CutKind, EmulatedOptions, InvocationStore } from '../../server/store/emulated';
import { ACTION_SUITE_EMULATION } from '../support/harness';
import { pollHarness, type PollHarness, type RosterSpec } from '../support/pollHarness';
import { okInSteps } from '../support/okInSteps';
import type { OkCall } from '../support/actionTypes';
import { compoundDeps } from '../../server/app/tenancy/helpers/scope';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';

const dir = mkdtempSync(path.join(tmpdir(), 'gz-faults-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

export interface Host {
  deps: Deps;
  clock: { now(): Date; advance(ms: number): void };
  call(who: string | null, action: string, input?: unknown): Promise<Outcome>;
  /** Same, but throws unless the call succeeded; returns its data, typed by the action table. */
  ok: OkCall<string | null>;
  /** One call through a cut (or counting) invocation; returns the invocation for its write count. */
  cutCall(who: string | null, action: string, input: unknown, cut?: { atWrite: number; kind: CutKind }): Promise<{ outcome: Outcome; inv: InvocationStore }>;
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

/**
 * One function instance on `file`, its clock at `startIso`: on the CloudBase emulator (snapshot
 * isolation, page limits, one invocation per call, no latency), or on plain SQLite for an instance
 * that must keep its module caches between calls (the stale poll rules of quickCast.ts).
 */
export function host(file: string, startIso: string, kind: 'emulated' | 'sqlite' = 'emulated', emulated: EmulatedOptions = {}): Host {
  let now = Date.parse(startIso);
  const clock = { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
  const raw = openLocalDeps(file, clock, { store: kind, emulated: { ...ACTION_SUITE_EMULATION, ...emulated } });
  // The world is 侨亚小区: the checks read its documents, the calls land there (the default compound).
  const deps = compoundDeps(raw, DEMO_COMPOUND);
  const identity = (who: string | null) => (who ? { openid: openidOf(who) } : null);
  return {
    deps,
    clock,
    call: (who, action, input = {}) => runAction(deps, action, input, identity(who)),
    // polls.open goes in steps (opening.ts): pressed again, as the screen does, until open.
    ok: ((who: string | null, action: string, input: unknown = {}) =>
      okInSteps(async (inp) => {
        const outcome = await runAction(deps, action, inp, identity(who));
        if (!outcome.body.ok) throw new Error(`${action} as ${who} failed with ${outcome.status}: ${JSON.stringify(outcome.body.error)}`);
        return outcome.body.data;
      }, action, input)) as OkCall<string | null>,
    async cutCall(who, action, input, cut) {
      const { invocation, ...outcome } = await runAction(deps, action, input, identity(who), { cut });
      return { outcome, inv: invocation! };
    },
    jobs: () => runJobs(raw),
    close: () => raw.store.close(),
  };
}

// A seeded demo compound on an in-memory store, called through the same dispatch the local host
// and the cloud entry use. The store is SQLite, or SQLite under the CloudBase emulator when
// GONGZHI_STORE=emulated (the `cloud` jest project) or `{ store: 'emulated' }`: then every call is
// one cloud-function invocation, with snapshot-isolated transactions, no latency and no random faults.
import type { Deps, Clock, Identity } from '../../server/app/context';
import type { Outcome } from '../../server/app/dispatch';
import { seedDemoOnce } from '../../server/demo/seed';
import { personaOpenid } from '../../server/demo/personas';
import { directDeps, openLocalDeps, runAction, storeKindFrom, type StoreKind } from '../../server/local/runtime';
import { isEmulatedStore, type EmulatedOptions, type InvocationOptions, type InvocationStore } from '../../server/store/emulated';
import type { SqliteStore } from '../../server/store/sqlite';
import { refuseOverLimit } from '../../server/app/payload';
import { okInSteps } from './okInSteps';
import type { OkCall, OkInCall } from './actionTypes';
import { recordingStore, withinUseCase } from './queryRecorder';
import { compoundDeps } from '../../server/app/tenancy/helpers/scope';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';

export interface Harness {
  deps: Deps;
  clock: Clock & { set(iso: string): void; advance(ms: number): void };
  store: StoreKind;
  /** Calls an action as a demo persona (by id), or anonymously with null. */
  call(persona: string | null, action: string, input?: unknown): Promise<Outcome>;
  /** Calls an action as a persona in another compound of the demo (jinxiu, yangguang), as the client does with its current compound. */
  callIn(compound: string, persona: string | null, action: string, input?: unknown): Promise<Outcome>;
  /** Same, but fails the test unless the call succeeded; returns its data, typed by the action table. */
  okIn: OkInCall<string | null>;
  /** Fails the test unless the call succeeded; returns its data, typed by the action table (actionTypes.ts). */
  ok: OkCall<string | null>;
  /**
   * Calls an action as one invocation with these options (a planned cut, a budget) and returns the
   * invocation too (its write count, whether it was killed). Emulated store only.
   */
  invoke(persona: string | null, action: string, input: unknown, options: InvocationOptions): Promise<{ outcome: Outcome; invocation: InvocationStore }>;
  /** The deps of the whole deployment (every compound), for overview checks and the jobs. */
  root: Deps;
  /** An independent copy of this compound as it is now (same store kind, same time), in milliseconds. */
  fork(): Promise<Harness>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Seed the demo's votes too (tests count the polls they make, so off by default). */
  polls?: boolean;
  /** Defaults to GONGZHI_STORE (sqlite unless set). */
  store?: StoreKind;
  /** For the emulated store; defaults to the action suite's: no latency, no random faults, seed 1. */
  emulated?: EmulatedOptions;
}

/** The action suite's emulator: CloudBase's transactions and limits, no latency, no random faults, fixed seed. */
export const ACTION_SUITE_EMULATION: EmulatedOptions = { latencyMs: 0, jitterMs: 0, transientRate: 0, timeoutRate: 0, seed: 20260302 };

// Seeding the demo costs far more than copying it: seed once per start time and flavour, then open copies.
const seeded = new Map<string, Buffer>();

const innerSqlite = (deps: Deps) => directDeps(deps).store as SqliteStore;

function makeClock(startMs: number) {
  let now = startMs;
  return { now: () => new Date(now), set: (iso: string) => void (now = new Date(iso).getTime()), advance: (ms: number) => void (now += ms) };
}

function harnessOn(image: Buffer, clock: Harness['clock'], store: StoreKind, emulated: EmulatedOptions): Harness {
  // Every query the use-cases send is recorded and its plan checked (queryPlanGuard.ts).
  const root = openLocalDeps(':memory:', clock, { store, emulated, image, wrapSqlite: recordingStore });
  // The tests' own reads and writes go to 侨亚小区, the compound every call is in unless it names another.
  const deps = compoundDeps(root, DEMO_COMPOUND);
  const identity = (persona: string | null): Identity | null => (persona ? { openid: personaOpenid(persona) } : null);
  // Like WeChat's callFunction, the test transport refuses a body over 100 KB before any action runs.
  const callIn = async (compound: string, persona: string | null, action: string, input: unknown = {}) =>
    refuseOverLimit(input) ?? withinUseCase(action, () => runAction(root, action, input, identity(persona), undefined, { compound }));
  const call = (persona: string | null, action: string, input: unknown = {}) => callIn(DEMO_COMPOUND, persona, action, input);
  return {
    deps,
    root,
    callIn,
    okIn: (async (compound: string, persona: string | null, action: string, input: unknown = {}) => {
      const outcome = await callIn(compound, persona, action, input);
      if (!outcome.body.ok) throw new Error(`${action} as ${persona} in ${compound} failed with ${outcome.status}: ${JSON.stringify(outcome.body.error)}`);
      return outcome.body.data;
    }) as OkInCall<string | null>,
    clock,
    store,
    call,
    // polls.open goes in steps (opening.ts): pressed again, as the screen does, until open.
    ok: ((persona: string | null, action: string, input: unknown = {}) =>
      okInSteps(async (inp) => {
        const outcome = await call(persona, action, inp);
        if (!outcome.body.ok) throw new Error(`${action} as ${persona} failed with ${outcome.status}: ${JSON.stringify(outcome.body.error)}`);
        return outcome.body.data;
      }, action, input)) as OkCall<string | null>,
    async invoke(persona, action, input, options) {
      if (!isEmulatedStore(root.store)) throw new Error('invoke() needs the emulated store: demoHarness(…, { store: "emulated" })');
      const { invocation, ...outcome } = await withinUseCase(action, () => runAction(deps, action, input, identity(persona), options));
      return { outcome, invocation: invocation! };
    },
    fork: async () => harnessOn(innerSqlite(root).serialize(), makeClock(clock.now().getTime()), store, emulated),
    close: () => root.store.close(),
  };
}

/** The demo compound, without its votes unless `polls` (tests count the polls they make). */
export async function demoHarness(startIso = '2026-03-02T09:00:00.000Z', options: HarnessOptions = {}): Promise<Harness> {
  const { polls = false, store = storeKindFrom(), emulated = ACTION_SUITE_EMULATION } = options;
  const clock = makeClock(new Date(startIso).getTime());
  const key = `${clock.now().toISOString()}|${polls}`;
  let image = seeded.get(key);
  if (!image) {
    const fresh = openLocalDeps(':memory:', clock, { store: 'sqlite' });
    await seedDemoOnce(fresh, clock.now(), { polls });
    image = (fresh.store as SqliteStore).serialize();
    await fresh.store.close();
    seeded.set(key, image);
  }
  return harnessOn(image, clock, store, emulated);
}

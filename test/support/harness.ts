// A seeded demo compound on an in-memory SQLite store, called through the same dispatch the
// local host and the cloud entry use.
import type { Deps, Clock } from '../../server/app/context';
import { dispatch, type Outcome } from '../../server/app/dispatch';
import { seedDemoOnce } from '../../server/demo/seed';
import { personaOpenid } from '../../server/demo/personas';
import { openLocalDeps } from '../../server/local/runtime';
import { refuseOverLimit } from '../../server/app/payload';

export interface Harness {
  deps: Deps;
  clock: Clock & { set(iso: string): void; advance(ms: number): void };
  /** Calls an action as a demo persona (by id), or anonymously with null. */
  call(persona: string | null, action: string, input?: unknown): Promise<Outcome>;
  /** Same, but fails the test unless the call succeeded; returns its data. */
  ok<T = any>(persona: string | null, action: string, input?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** The demo compound, without its votes unless `polls` (tests count the polls they make). */
export async function demoHarness(startIso = '2026-03-02T09:00:00.000Z', { polls = false }: { polls?: boolean } = {}): Promise<Harness> {
  let now = new Date(startIso).getTime();
  const clock = { now: () => new Date(now), set: (iso: string) => void (now = new Date(iso).getTime()), advance: (ms: number) => void (now += ms) };
  const deps = openLocalDeps(':memory:', clock);
  await seedDemoOnce(deps, clock.now(), { polls });
  // Like WeChat's callFunction, the test transport refuses a body over 100 KB before any action runs.
  const call = async (persona: string | null, action: string, input: unknown = {}) => refuseOverLimit(input) ?? dispatch(deps, action, input, persona ? { openid: personaOpenid(persona) } : null);
  return {
    deps,
    clock,
    call,
    async ok(persona, action, input = {}) {
      const outcome = await call(persona, action, input);
      if (!outcome.body.ok) throw new Error(`${action} as ${persona} failed with ${outcome.status}: ${JSON.stringify(outcome.body.error)}`);
      return outcome.body.data as any;
    },
    close: () => deps.store.close(),
  };
}

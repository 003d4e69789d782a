// The fault suite's driver. For one multi-step action it counts the action's writes (one call
// through a counting invocation), then, for every write and every cut kind, forks the seeded
// world, cuts the call there, lets the caller and the jobs recover, and checks the area's
// invariants. Each broken invariant comes back as one line naming the action, the write, the
// cut kind and the invariant, so a failing run says exactly what broke where.
import type { Outcome } from '../../server/app/dispatch';
import type { CutKind } from '../../server/store/emulated';
import { fork, host, type Host } from './world';

/** failure, timeout after the write landed, the function killed (server/store/emulated.ts). */
export const CUT_KINDS: CutKind[] = ['fail', 'timeoutAfterWrite', 'kill'];

export interface Invariant {
  name: string;
  check(h: Host): Promise<string[]>;
}

export interface Scenario {
  /** The action and the situation, e.g. "polls.close (decision, two ballots, a stale instance)". */
  name: string;
  file: string;
  startIso: string;
  /** Extra hosts (other instances with their own caches) made before the cut call, if any. */
  before?(h: Host, others: Host[]): Promise<void>;
  call: { who: string; action: string; input: Record<string, unknown> };
  /** What happens after the cut: the caller sends the same operation again, the jobs run. */
  recover(h: Host, others: Host[], first: Outcome | Error): Promise<void>;
  /** Checked right after the cut, before any recovery (things that must hold at every moment). */
  always?: Invariant[];
  invariants: Invariant[];
  /** Other instances on the same file, for races (each with its own caches). */
  instances?: number;
}

export interface CutReport {
  action: string;
  writes: number;
  cases: number;
  failures: string[];
}

/** Every cut point (write 1..n) of a call with n writes, or a deterministic sample when n is large. */
export function cutPoints(writes: number, max = 40): number[] {
  const all = Array.from({ length: writes }, (_, i) => i + 1);
  if (writes <= max) return all;
  // The first and last 10 writes, and evenly spaced ones between: the same list on every run.
  const step = Math.ceil((writes - 20) / (max - 20));
  return [...new Set([...all.slice(0, 10), ...all.slice(10, -10).filter((n) => (n - 11) % step === 0), ...all.slice(-10)])];
}

async function runOne(s: Scenario, cut?: { atWrite: number; kind: CutKind }) {
  const file = fork(s.file);
  const h = host(file, s.startIso);
  // Other instances keep their module caches between calls (plain SQLite under them), as a warm
  // cloud-function instance does: the stale poll rules the close must defeat.
  const others = Array.from({ length: s.instances ?? 0 }, () => host(file, s.startIso, 'sqlite'));
  try {
    await s.before?.(h, others);
    const { outcome, inv } = await h.cutCall(s.call.who, s.call.action, s.call.input, cut);
    const broken: string[] = [];
    for (const inv2 of s.always ?? []) for (const v of await inv2.check(h)) broken.push(`${inv2.name}: ${v}`);
    h.clock.advance(1000);
    for (const o of others) o.clock.advance(1000);
    await s.recover(h, others, outcome);
    for (const inv2 of s.invariants) for (const v of await inv2.check(h)) broken.push(`${inv2.name}: ${v}`);
    return { writes: inv.writes, broken };
  } finally {
    await Promise.all([h, ...others].map((x) => x.close()));
  }
}

export async function cutEverywhere(s: Scenario): Promise<CutReport> {
  const clean = await runOne(s);
  const failures = clean.broken.map((b) => `${s.name}: without any cut, ${b}`);
  const points = cutPoints(clean.writes);
  let cases = 0;
  for (const atWrite of points) {
    for (const kind of CUT_KINDS) {
      cases++;
      const { broken } = await runOne(s, { atWrite, kind });
      for (const b of broken) failures.push(`${s.name}: cut at write ${atWrite}/${clean.writes} by ${kind} broke ${b}`);
    }
  }
  return { action: s.name, writes: clean.writes, cases, failures };
}

// Every cut makes the dispatcher log the injected error; thousands of those would bury the report.
beforeAll(() => void jest.spyOn(console, 'error').mockImplementation(() => undefined));

/** The cases run by every suite, for the summary printed at the end. */
export const reports: CutReport[] = [];
afterAll(() => {
  if (!reports.length) return;
  const lines = reports.map((r) => `  ${r.action}: ${r.writes} writes, ${r.cases} cuts, ${r.failures.length} broken`);
  console.log(`fault suite: ${reports.length} multi-step actions, ${reports.reduce((n, r) => n + r.cases, 0)} cuts\n${lines.join('\n')}`);
});

export const ok = (o: Outcome | Error) => !(o instanceof Error) && o.body.ok;

// How much store work one call of the api function may do before it stops and leaves the rest to
// the next call or the jobs. The api function's timeout is 20 s (docs/deploy.md); a CloudBase
// operation is a network round trip, about 15 ms (the emulated store's default latency, see
// docs/CLOUDBASE.md: "every store call is a network round trip"). 800 operations are about 12 s,
// which leaves room for the rest of the call. Counted in store operations (Store.ops), not wall
// time, so a test on SQLite stops at the same step as the cloud would.
import type { Store } from '../store/port';

export const OP_MS = 15;
export const CALL_BUDGET_MS = 12_000;
export const CALL_BUDGET_OPS = CALL_BUDGET_MS / OP_MS;

export interface WorkBudget {
  /** Whether `ops` more operations still fit in this call. */
  allows(ops: number): boolean;
  /** Operations used so far in this call. */
  used(): number;
}

export function workBudget(store: Store, ops = CALL_BUDGET_OPS): WorkBudget {
  const start = store.ops;
  return { allows: (more) => store.ops - start + more <= ops, used: () => store.ops - start };
}

// How much store work one call may do before it stops and leaves the rest to the next call or the
// jobs. The api function's timeout is CLOUD_LIMITS.apiTimeoutMs (20 s, docs/deploy.md); a CloudBase
// operation is a network round trip, about 15 ms (the emulated store's default latency;
// docs/CLOUDBASE.md). Bulk work stops at 60 % of the timeout (800 operations), which leaves room
// for the rest of the call and for slow round trips. Counted in store operations (Store.ops), not
// wall time, so a test on SQLite stops at the same step as the cloud would.
import { CLOUD_LIMITS } from '../cloud/limits';
import type { Store } from '../store/port';

export const OP_MS = 15;
export const CALL_BUDGET_OPS = Math.floor((CLOUD_LIMITS.apiTimeoutMs * 0.6) / OP_MS);
export const JOBS_BUDGET_OPS = Math.floor((CLOUD_LIMITS.jobsTimeoutMs * 0.6) / OP_MS);

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

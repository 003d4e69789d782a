// The timer's walk over the compounds. One run of the `jobs` function has 60 s
// (CLOUD_LIMITS.jobsTimeoutMs) and a deployment may hold a thousand compounds, each a dozen or more
// round trips of timed work even when nothing is due: one run cannot visit them all. So the walk
// keeps a cursor (`cursors/jobs`: the last compound done), starts after it, visits compounds in
// id order while the run's work budget (counted in store operations, server/app/budget.ts) still
// fits one more compound, wraps around at the end, and never visits a compound twice in one run.
// The cursor is written after every batch, so a run cut off by the platform loses at most the
// batch it was in, and the next run carries on from there (every job is idempotent: runJobs.ts).
import type { Deps } from '../context';
import { JOBS_BUDGET_OPS, workBudget } from '../budget';
import type { CompoundDoc } from '../tenancy/model';

/** `cursors/jobs`: where the last run stopped. */
export interface JobsCursorDoc {
  _id: 'jobs';
  /** The last compound whose jobs ran; null: start from the first. */
  after: string | null;
  /** Full rounds over every compound completed so far. */
  rounds: number;
  updatedAt: string;
  [key: string]: unknown;
}

export const JOBS_CURSOR = 'jobs';

/** Compounds fetched per page of the walk. */
const PAGE = 100;

/**
 * Compounds whose jobs run side by side. Every store call is a network round trip in the cloud, so
 * four compounds at once do four times the work in the same 60 s; different compounds never touch
 * the same documents (each runs on its own view of the store). The budgets inside a compound's
 * jobs (opening and closing polls, roster imports: budget.ts) count the store's operations of every
 * lane, so a compound beside busy ones does less in one run, never more: the run's time still holds.
 */
export const WALK_PARALLEL = 4;

/**
 * Ops one compound is assumed to need before the first has been measured; after that, the most
 * any batch took in this run. A compound with nothing due takes about 17 operations.
 */
const FIRST_GUESS_OPS = 40;

export interface WalkReport {
  /** Compounds whose jobs ran in this run. */
  compounds: number;
  /** Compounds whose jobs failed (logged; the walk went on, and the next round tries them again). */
  failed: number;
  /** Whether the run passed the end of the list (a round completed). */
  wrapped: boolean;
  /** The compound the next run starts after. */
  next: string | null;
  /** Store operations this run used. */
  ops: number;
}

/** Compound ids after `after` in id order, then from the first again, each at most once. */
async function* compoundsFrom(root: Deps, after: string | null, onWrap: () => void): AsyncGenerator<string> {
  let from = after;
  let wrapped = false;
  let first: string | null = null;
  for (;;) {
    const page = await root.store.find<CompoundDoc>('compounds', { ...(from ? { where: { _id: { $gt: from } } } : {}), orderBy: [['_id', 'asc']], limit: PAGE });
    for (const { _id } of page) {
      if (_id === first) return;
      first ??= _id;
      yield _id;
      from = _id;
    }
    if (page.length < PAGE) {
      // Past the last compound: a round is complete; go on from the first, once per run.
      if (wrapped || (first === null && after === null)) return; // (or there are no compounds at all)
      wrapped = true;
      onWrap();
      from = null;
    }
  }
}

/**
 * Runs `visit` for the compounds from the cursor on, `parallel` at a time, while the budget
 * (`budgetOps` per lane, so the wall time stays within the function's) fits one more batch.
 */
export async function walkCompounds(root: Deps, visit: (compoundId: string) => Promise<void>, budgetOps = JOBS_BUDGET_OPS, parallel = WALK_PARALLEL): Promise<WalkReport> {
  const budget = workBudget(root.store, budgetOps * parallel);
  const cursor = await root.store.get<JobsCursorDoc>('cursors', JOBS_CURSOR);
  let after = cursor?.after ?? null;
  let rounds = cursor?.rounds ?? 0;
  let wrapped = false;
  let visited = 0;
  let failed = 0;
  let heaviest = FIRST_GUESS_OPS * parallel;
  const ids = compoundsFrom(root, after, () => ((wrapped = true), rounds++));
  for (;;) {
    if (visited > 0 && !budget.allows(heaviest + 2)) break;
    const batch: string[] = [];
    while (batch.length < parallel) {
      const next = await ids.next();
      if (next.done) break;
      batch.push(next.value);
    }
    if (batch.length === 0) break;
    const before = budget.used();
    const outcomes = await Promise.allSettled(batch.map((id) => visit(id)));
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status === 'fulfilled') continue;
      // Cut off by the platform: the function is no longer running, nothing more happens.
      if ((outcome.reason as Error | null)?.name === 'InvocationKilled') throw outcome.reason;
      // One compound's failure must not stall the others behind it: logged, passed, retried next round.
      failed++;
      console.error(`[jobs] compound ${batch[i]} failed:`, outcome.reason);
    }
    visited += batch.length;
    after = batch[batch.length - 1];
    await root.store.set('cursors', { _id: JOBS_CURSOR, after, rounds, updatedAt: root.clock.now().toISOString() } satisfies JobsCursorDoc);
    heaviest = Math.max(heaviest, budget.used() - before);
  }
  return { compounds: visited, failed, wrapped, next: after, ops: budget.used() };
}

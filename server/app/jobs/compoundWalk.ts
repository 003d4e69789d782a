// The timer's walk over the compounds. One run of the `jobs` function has 60 s
// (CLOUD_LIMITS.jobsTimeoutMs) and a deployment may hold a thousand compounds, each a dozen or more
// round trips of timed work even when nothing is due: one run cannot visit them all. So the walk
// keeps a cursor (`cursors/jobs`: the last compound done), starts after it, visits compounds in
// id order while the run's work budget (counted in store operations, server/app/budget.ts) still
// fits one more compound, wraps around at the end, and never visits a compound twice in one run.
// The cursor is written after every compound, so a run cut off by the platform loses at most the
// compound it was in, and the next run carries on from there (every job is idempotent: runJobs.ts).
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
 * Ops one compound is assumed to need before the first has been measured; after that, the most
 * any compound took in this run. A compound with nothing due takes about 20 operations.
 */
const FIRST_GUESS_OPS = 40;

export interface WalkReport {
  /** Compounds whose jobs ran in this run. */
  compounds: number;
  /** Whether the run passed the end of the list (a round completed). */
  wrapped: boolean;
  /** The compound the next run starts after. */
  next: string | null;
  /** Store operations this run used. */
  ops: number;
}

export async function walkCompounds(root: Deps, visit: (compoundId: string) => Promise<void>, budgetOps = JOBS_BUDGET_OPS): Promise<WalkReport> {
  const budget = workBudget(root.store, budgetOps);
  const cursor = await root.store.get<JobsCursorDoc>('cursors', JOBS_CURSOR);
  let after = cursor?.after ?? null;
  let rounds = cursor?.rounds ?? 0;
  let first: string | null = null;
  let wrapped = false;
  let visited = 0;
  let heaviest = FIRST_GUESS_OPS;
  walk: for (;;) {
    const page = await root.store.find<CompoundDoc>('compounds', { ...(after ? { where: { _id: { $gt: after } } } : {}), orderBy: [['_id', 'asc']], limit: PAGE });
    if (page.length === 0) {
      // Past the last compound: a round is complete; start again from the first (once per run).
      if (after === null || wrapped) break;
      wrapped = true;
      rounds++;
      after = null;
      continue;
    }
    for (const compound of page) {
      if (compound._id === first) break walk; // every compound has had its turn in this run
      if (visited > 0 && !budget.allows(heaviest + 2)) break walk;
      const before = budget.used();
      await visit(compound._id);
      visited++;
      first ??= compound._id;
      after = compound._id;
      await root.store.set('cursors', { _id: JOBS_CURSOR, after, rounds, updatedAt: root.clock.now().toISOString() } satisfies JobsCursorDoc);
      heaviest = Math.max(heaviest, budget.used() - before);
    }
    if (page.length < PAGE) {
      if (wrapped) break;
      wrapped = true;
      rounds++;
      after = null;
    }
  }
  return { compounds: visited, wrapped, next: after, ops: budget.used() };
}

// Records every query the use-cases send to the SQLite store while the action suite runs (the
// harnesses wrap their store with `recordingStore`), one entry per query *shape*: collection,
// the fields and kinds of conditions, the order. Each new shape's plan is read at once with
// EXPLAIN QUERY PLAN on the very query that was run. `test/support/queryPlanGuard.ts` then fails
// the test file if one of its shapes read a big collection without an index.
//
// CloudBase is given the same indexes (server/app/collections.ts, listed in docs/deploy.md): a
// query that scans here scans there.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Cond, FindOptions, Where } from '../../server/store/port';
import type { SqliteStore } from '../../server/store/sqlite';

export interface CapturedQuery {
  /** The action that first ran this shape. */
  action: string;
  /** `find` or `count`. */
  kind: 'find' | 'count';
  collection: string;
  /** One key per shape: kind, collection, `field:condition` in order, then `orderBy field dir`. */
  shape: string;
  /** The first query of this shape, as run. */
  example: FindOptions;
  /** EXPLAIN QUERY PLAN details of that query. */
  plan: string[];
}

/**
 * Collections whose size the compound bounds to a handful of documents, which may be read whole:
 * the compound's one `meta` document, its buildings (tens), its volunteer teams and its recurring
 * task rules. Everything else grows with use and must be read through an index.
 */
export const SMALL_COLLECTIONS = new Set(['meta', 'buildings', 'teams', 'recurrences']);

/**
 * Scans known and accepted, each with its reason; matched against the shape's where(…) part. Keep
 * this list short: every entry is a query that reads a whole collection locally.
 */
export const ACCEPTED_SCANS: Array<{ collection: string; where: RegExp; why: string }> = [
  {
    collection: 'accounts',
    where: /^where\(orgIds:\$has\)/,
    why:
      'who holds a role for a company, community or street (server/app/tenancy/helpers/syncOrgRoles.ts), run when a compound\'s ties change: ' +
      'accounts exist only for people holding such roles (tens per deployment), and orgIds is an array SQLite cannot index by member.',
  },
  {
    collection: 'users',
    where: /^where\(roles:\$has\)/,
    why:
      'who holds a role (staff, committee, manager…): roles is an array, and SQLite cannot index array members, so ' +
      'locally this reads the compound\'s users (a few thousand at most). The CloudBase index page ' +
      '(docs.cloudbase.net/database/data-index) does not say whether an index on roles serves it element by element: ' +
      'if not, role holders want a collection of their own.',
  },
];

const captured = new Map<string, CapturedQuery>();
// Only what a use-case runs is recorded, not a test's own look into the store.
const running = new AsyncLocalStorage<string>();

/** Runs one action call (the harnesses' transport) with its queries recorded under its name. */
export function withinUseCase<T>(action: string, fn: () => Promise<T>): Promise<T> {
  return running.run(action, fn);
}

function condKind(c: Cond): string {
  if (c === null) return 'null';
  if (typeof c !== 'object') return `=${typeof c}`;
  return Object.keys(c).sort().join('&');
}

export function shapeOf(kind: 'find' | 'count', collection: string, options: FindOptions = {}): string {
  const where = Object.entries(options.where ?? ({} as Where)).map(([f, c]) => `${f}:${condKind(c)}`);
  const order = (options.orderBy ?? []).map(([f, dir]) => `${f} ${dir}`);
  return `${kind} ${collection} where(${where.join(', ')}) orderBy(${order.join(', ')})`;
}

/**
 * Whether a query filters while walking a whole table: a `SCAN` line (the table, or all of an
 * index such as the primary key's) for a query with conditions. A `SEARCH` seeks through an index;
 * a SCAN without conditions is an ordered page that stops after skip + limit rows (or a count of
 * everything, which is meant). json_each lines are an array field's own elements.
 */
export function scansWhole(q: Pick<CapturedQuery, 'example' | 'plan'>): boolean {
  const filtered = Object.keys(q.example.where ?? {}).length > 0;
  return filtered && q.plan.some((detail) => /^SCAN (?!json_each)/.test(detail.trim()));
}

/** The store, recording each new query shape a use-case runs (withinUseCase), with its plan. */
export function recordingStore(store: SqliteStore): SqliteStore {
  const note = (kind: 'find' | 'count', collection: string, options: FindOptions) => {
    const action = running.getStore();
    const shape = shapeOf(kind, collection, options);
    if (action === undefined || captured.has(shape)) return;
    let plan: string[];
    try {
      // A count reads what a find with the same conditions reads; its plan is that find's.
      plan = store.explain(collection, kind === 'count' ? { where: options.where } : options);
    } catch {
      return; // a malformed query: the store refuses it, the use-case's own test sees that
    }
    captured.set(shape, { action, kind, collection, shape, example: structuredClone(options), plan });
  };
  const recording = Object.create(store) as SqliteStore;
  recording.find = (collection, options) => {
    note('find', collection, options ?? {});
    return store.find(collection, options);
  };
  recording.count = (collection, where) => {
    note('count', collection, { where });
    return store.count(collection, where);
  };
  return recording;
}

/** Every shape recorded in this test file so far. */
export function capturedQueries(): CapturedQuery[] {
  return [...captured.values()];
}

/** Forgets a recorded shape (a test that runs a bad query on purpose). */
export function forgetQuery(shape: string): void {
  captured.delete(shape);
}

/** The recorded shapes that read a big collection whole. */
export function fullScansOfBigCollections(queries = capturedQueries()): CapturedQuery[] {
  const accepted = (q: CapturedQuery) => ACCEPTED_SCANS.some((a) => a.collection === q.collection && a.where.test(q.shape.slice(q.shape.indexOf('where('))));
  return queries.filter((q) => !SMALL_COLLECTIONS.has(q.collection) && scansWhole(q) && !accepted(q));
}

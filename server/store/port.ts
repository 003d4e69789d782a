// The Store port: a document store shaped to CloudBase's limits so that what passes locally
// also works in the cloud: pages of at most 100, no joins, atomic single-document updates,
// transactions over single-document operations only, uniqueness through deterministic `_id`s.

export const MAX_PAGE = 100;

export interface Doc {
  _id: string;
  [key: string]: unknown;
}

/** A field condition. A bare value means equality. */
export type Cond =
  | string
  | number
  | boolean
  | null
  | { $in: Array<string | number> }
  | { $ne: string | number | boolean | null }
  /** The field is an array holding this value, or is the value (MongoDB's equality); not indexable locally. */
  | { $has: string | number }
  | { $gt?: string | number; $gte?: string | number; $lt?: string | number; $lte?: string | number };

/** Conditions on top-level or dotted fields, combined with AND. */
export type Where = Record<string, Cond>;

export interface FindOptions {
  where?: Where;
  orderBy?: Array<[field: string, dir: 'asc' | 'desc']>;
  /** 1..100; defaults to 100. Larger values are refused with a StoreError. */
  limit?: number;
  skip?: number;
}

/** Operations on one document inside a transaction: CloudBase allows nothing else there. */
export interface Tx {
  get<T extends Doc>(collection: string, id: string): Promise<T | null>;
  /** Creates or replaces the whole document. */
  set(collection: string, doc: Doc): Promise<void>;
  /** Creates; fails with StoreError('duplicate') when the `_id` exists. */
  insert(collection: string, doc: Doc): Promise<void>;
  /** Merges top-level fields into an existing document; false when it does not exist. */
  update(collection: string, id: string, patch: Record<string, unknown>): Promise<boolean>;
  remove(collection: string, id: string): Promise<boolean>;
}

export interface Store extends Tx {
  find<T extends Doc>(collection: string, options?: FindOptions): Promise<T[]>;
  count(collection: string, where?: Where): Promise<number>;
  /**
   * Atomic compare-and-set on one document: applies `patch` only when every field in `expect`
   * currently equals the given value. Returns the updated document, or null when the document
   * is missing or the expectation failed.
   */
  updateIf<T extends Doc>(collection: string, id: string, expect: Record<string, unknown>, patch: Record<string, unknown>): Promise<T | null>;
  /** Atomically adds `by` to numeric top-level fields (creating them at 0). False when missing. */
  increment(collection: string, id: string, by: Record<string, number>): Promise<boolean>;
  /** Inserts many documents in one go (seeding, imports); all or nothing. */
  insertMany(collection: string, docs: Doc[]): Promise<void>;
  /** Runs fn with single-document operations, all or nothing. fn may be retried on conflict. */
  transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
  /** Store operations performed so far (reads and writes), for the bench's ops-per-action figures. */
  readonly ops: number;
  close(): Promise<void>;
}

/**
 * What a module-level cache should key on to live as long as a function instance: the store it was
 * made with. On the emulated store each invocation gets its own Store object, all of one instance;
 * elsewhere the store is the instance.
 */
export function instanceOf(store: Store): object {
  return (store as { instance?: object }).instance ?? store;
}

export type StoreErrorCode = 'duplicate' | 'bad_query' | 'unavailable';

export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Per-collection index declarations: each entry is a list of (dotted) fields. */
export type CollectionSpecs = Record<string, { indexes: string[][] }>;

// The Store port over the WeChat cloud database (CloudBase, reached through wx-server-sdk).
// This file never imports wx-server-sdk: the cloud entry passes `cloud.database()` in, typed
// by the minimal interfaces below (checked against wx-server-sdk 4.0.2 /
// @cloudbase/database sources), so local code and tests can load it without credentials.
import { MAX_PAGE, StoreError, type CollectionSpecs, type Cond, type Doc, type FindOptions, type Store, type Tx, type Where } from './port';

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface CloudDocRef {
  /** Throws "document with _id … does not exist" when missing (unless throwOnNotFound is off). */
  get(): Promise<{ data: any }>;
  set(options: { data: Record<string, unknown> }): Promise<unknown>;
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}
export interface CloudQuery {
  where(condition: Record<string, unknown>): CloudQuery;
  orderBy(field: string, order: 'asc' | 'desc'): CloudQuery;
  skip(n: number): CloudQuery;
  limit(n: number): CloudQuery;
  get(): Promise<{ data: any[] }>;
  count(): Promise<{ total: number }>;
}
export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocRef;
  add(options: { data: Record<string, unknown> }): Promise<unknown>;
}
export interface CloudCommand {
  in(values: unknown[]): unknown;
  neq(value: unknown): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  and(...conditions: unknown[]): unknown;
  inc(by: number): unknown;
  set(value: unknown): unknown;
}
export interface CloudTransaction {
  collection(name: string): { doc(id: string): CloudDocRef; add(options: { data: Record<string, unknown> }): Promise<unknown> };
}
export interface CloudDb {
  command: CloudCommand;
  collection(name: string): CloudCollection;
  runTransaction<R>(fn: (t: CloudTransaction) => Promise<R>, retries?: number): Promise<R>;
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Runs of a transaction's fn on conflict (the emulated store mirrors this). */
export const TX_ATTEMPTS = 8;
const bad = (message: string) => new StoreError('bad_query', message);

function checkField(field: string): string {
  if (typeof field !== 'string' || !FIELD.test(field)) throw bad(`bad field name: ${JSON.stringify(field)}`);
  return field;
}
function checkId(id: unknown): string {
  if (typeof id !== 'string' || id === '') throw bad('_id must be a non-empty string');
  return id;
}
const isScalar = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** Translates a port Where into a CloudBase where() condition built from db.command. */
export function toCloudWhere(_: CloudCommand, where: Where | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (where === undefined) return out;
  if (typeof where !== 'object' || where === null || Array.isArray(where)) throw bad('where must be an object');
  for (const f of Object.keys(where)) {
    checkField(f);
    const c: Cond = where[f];
    if (c === null || typeof c === 'boolean' || isScalar(c)) {
      out[f] = c;
      continue;
    }
    if (typeof c !== 'object' || Array.isArray(c)) throw bad(`${f}: bad condition`);
    const keys = Object.keys(c);
    const v = (k: string) => (c as Record<string, unknown>)[k];
    if (keys.length === 1 && keys[0] === '$in') {
      const list = v('$in');
      if (!Array.isArray(list) || list.length > MAX_PAGE || !list.every(isScalar)) throw bad(`${f}: $in needs at most ${MAX_PAGE} strings or numbers`);
      out[f] = _.in(list);
    } else if (keys.length === 1 && keys[0] === '$has') {
      // CloudBase, like MongoDB, matches an array field against one of its elements.
      if (!isScalar(v('$has'))) throw bad(`${f}: $has needs a string or number`);
      out[f] = v('$has');
    } else if (keys.length === 1 && keys[0] === '$ne') {
      const ne = v('$ne');
      if (!(ne === null || typeof ne === 'boolean' || isScalar(ne))) throw bad(`${f}: bad $ne`);
      out[f] = _.neq(ne);
    } else {
      const ops = { $gt: _.gt, $gte: _.gte, $lt: _.lt, $lte: _.lte } as Record<string, (x: unknown) => unknown>;
      if (keys.length === 0 || keys.some((k) => !(k in ops))) throw bad(`${f}: unknown condition ${JSON.stringify(c)}`);
      if (!keys.every((k) => isScalar(v(k)) && typeof v(k) === typeof v(keys[0]))) throw bad(`${f}: range bounds must be strings or numbers of one type`);
      const parts = keys.map((k) => ops[k].call(_, v(k)));
      out[f] = parts.length === 1 ? parts[0] : _.and(...parts);
    }
  }
  return out;
}

/** CloudBase reports a duplicate `_id` as DATABASE_DUPLICATE_WRITE (Mongo's E11000 underneath). */
export function isDuplicateError(e: unknown): boolean {
  const o = (e ?? {}) as Record<string, unknown>;
  return /duplicate|E11000/i.test(`${o.code ?? ''} ${o.errMsg ?? ''} ${o.message ?? ''}`);
}
function isNotFound(e: unknown): boolean {
  const o = (e ?? {}) as Record<string, unknown>;
  return /does not exist/i.test(`${o.errMsg ?? ''} ${o.message ?? ''} ${typeof e === 'string' ? e : ''}`);
}
function isConflict(e: unknown): boolean {
  const o = (e ?? {}) as Record<string, unknown>;
  return !(e instanceof StoreError) && /TRANSACTION_CONFLICT|transaction conflict/i.test(`${o.code ?? ''} ${o.errMsg ?? ''} ${o.message ?? ''}`);
}
function mapError(e: unknown): unknown {
  if (e instanceof StoreError) return e;
  if (isDuplicateError(e)) return new StoreError('duplicate', 'a document with this _id exists');
  return e;
}

function getPath(doc: Record<string, unknown>, path: string): unknown {
  let v: unknown = doc;
  for (const k of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}
// Same rule as sqlite.ts (duplicated: the cloud bundle must not import the SQLite adapter).
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const withoutId = (doc: Doc) => {
  const { _id, ...rest } = doc;
  checkId(_id);
  return rest;
};

export function openCloudBaseStore(options: { db: any; collections: CollectionSpecs }): Store {
  const db = options.db as CloudDb;
  const _ = db.command;
  const known = new Set(Object.keys(options.collections));
  // Undeclared collections are refused, as in the SQLite adapter: the cloud needs them created.
  const coll = (c: string) => {
    if (!known.has(c)) throw bad(`unknown collection: ${c}`);
    return c;
  };
  const checkPatch = (patch: Record<string, unknown>) => {
    if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw bad('patch must be an object');
    if ('_id' in patch) throw bad('_id cannot be changed');
    // CloudBase's update() deep-merges nested objects; the port merges top-level fields only,
    // so object values are wrapped in _.set() to replace them whole.
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) data[k] = v !== null && typeof v === 'object' && !Array.isArray(v) ? _.set(v) : v;
    return data;
  };
  let ops = 0;
  let closed = false;
  const op = async <R>(work: () => Promise<R>): Promise<R> => {
    ops++;
    if (closed) throw new StoreError('unavailable', 'store is closed');
    try {
      return await work();
    } catch (e) {
      throw mapError(e);
    }
  };
  const readDoc = async <T extends Doc>(ref: CloudDocRef): Promise<T | null> => {
    try {
      const res = await ref.get();
      const d = Array.isArray(res?.data) ? res.data[0] : res?.data;
      return (d ?? null) as T | null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  };

  // wx-server-sdk rewraps errors, so the SDK's own conflict retry rarely sees its code; retry
  // the whole transaction here (the port allows fn to run again) with jittered backoff.
  const runTx = async <R>(fn: (t: CloudTransaction) => Promise<R>): Promise<R> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.runTransaction(fn, 1);
      } catch (e) {
        if (!isConflict(e)) throw mapError(e);
        if (attempt >= TX_ATTEMPTS) throw new StoreError('unavailable', 'transaction kept conflicting');
      }
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  };

  // Single-document operations against either the database or a transaction handle.
  const docOps = (target: () => { collection(n: string): { doc(id: string): CloudDocRef; add(o: { data: Record<string, unknown> }): Promise<unknown> } }) => ({
    get: <T extends Doc>(c: string, id: string) => readDoc<T>(target().collection(coll(c)).doc(checkId(id))),
    set: async (c: string, doc: Doc) => void (await target().collection(coll(c)).doc(checkId(doc._id)).set({ data: withoutId(doc) })),
    insert: async (c: string, doc: Doc) => {
      checkId(doc._id);
      await target().collection(coll(c)).add({ data: { ...doc } });
    },
    update: async (c: string, id: string, patch: Record<string, unknown>) => {
      const data = checkPatch(patch);
      const ref = target().collection(coll(c)).doc(checkId(id));
      const res = await ref.update({ data });
      // `updated` can be 0 when nothing changed although the document exists.
      return (res?.stats?.updated ?? 0) > 0 || (await readDoc(ref)) !== null;
    },
    remove: async (c: string, id: string) => ((await target().collection(coll(c)).doc(checkId(id)).remove())?.stats?.removed ?? 0) > 0,
  });
  const direct = docOps(() => db);

  const txApi = (t: CloudTransaction): Tx => {
    const inner = docOps(() => t);
    return {
      get: (c, id) => op(() => inner.get(c, id)),
      set: (c, doc) => op(() => inner.set(c, doc)),
      insert: (c, doc) => op(() => inner.insert(c, doc)),
      update: (c, id, patch) => op(() => inner.update(c, id, patch)),
      remove: (c, id) => op(() => inner.remove(c, id)),
    };
  };

  return {
    get: (c, id) => op(() => direct.get(c, id)),
    set: (c, doc) => op(() => direct.set(c, doc)),
    insert: (c, doc) => op(() => direct.insert(c, doc)),
    update: (c, id, patch) => op(() => direct.update(c, id, patch)),
    remove: (c, id) => op(() => direct.remove(c, id)),
    find: <T extends Doc>(c: string, o: FindOptions = {}) =>
      op(async () => {
        const limit = o.limit ?? MAX_PAGE;
        const skip = o.skip ?? 0;
        if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw bad(`limit must be 1..${MAX_PAGE}`);
        if (!Number.isInteger(skip) || skip < 0) throw bad('skip must be a non-negative integer');
        let q: CloudQuery = db.collection(coll(c));
        if (o.where && Object.keys(o.where).length) q = q.where(toCloudWhere(_, o.where));
        const order = o.orderBy ?? [];
        for (const [f, dir] of order) {
          if (dir !== 'asc' && dir !== 'desc') throw bad(`bad sort direction: ${dir}`);
          q = q.orderBy(checkField(f), dir);
        }
        // `_id` breaks ties so that skip-paging is deterministic (as in the SQLite adapter).
        if (!order.some(([f]) => f === '_id')) q = q.orderBy('_id', order.length ? order[order.length - 1][1] : 'asc');
        if (skip) q = q.skip(skip);
        return ((await q.limit(limit).get()).data ?? []) as T[];
      }),
    count: (c, where) =>
      op(async () => {
        let q: CloudQuery = db.collection(coll(c));
        if (where && Object.keys(where).length) q = q.where(toCloudWhere(_, where));
        return (await q.count()).total;
      }),
    updateIf: <T extends Doc>(c: string, id: string, expect: Record<string, unknown>, patch: Record<string, unknown>) =>
      op(() => {
        const data = checkPatch(patch);
        Object.keys(expect).forEach(checkField);
        return runTx(async (t) => {
          const ref = t.collection(coll(c)).doc(checkId(id));
          const cur = await readDoc<Doc>(ref);
          if (!cur || Object.keys(expect).some((k) => !sameValue(getPath(cur, k), expect[k]))) return null;
          await ref.update({ data });
          return { ...cur, ...patch, _id: id } as T;
        });
      }),
    // _.inc is applied by the database itself: atomic without a transaction.
    increment: (c, id, by) =>
      op(async () => {
        const fields = Object.keys(by);
        if (!fields.length || fields.some((f) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(f) || f === '_id' || typeof by[f] !== 'number' || !Number.isFinite(by[f])))
          throw bad('increment needs top-level fields and finite numbers');
        const data = Object.fromEntries(fields.map((f) => [f, _.inc(by[f])]));
        const ref = db.collection(coll(c)).doc(checkId(id));
        const res = await ref.update({ data });
        return (res?.stats?.updated ?? 0) > 0 || (await readDoc(ref)) !== null;
      }),
    // One transaction so that a duplicate anywhere leaves nothing behind; one op per document.
    insertMany: async (c, docs) => {
      ops += docs.length - 1;
      return op(async () => {
        docs.forEach((d) => checkId(d._id));
        if (!docs.length) return;
        if (new Set(docs.map((d) => d._id)).size !== docs.length) throw new StoreError('duplicate', 'the same _id twice in one batch');
        await runTx(async (t) => {
          for (const d of docs) await t.collection(coll(c)).add({ data: { ...d } });
        });
      });
    },
    transaction: <R>(fn: (tx: Tx) => Promise<R>) => runTx((t) => fn(txApi(t))),
    get ops() {
      return ops;
    },
    close: async () => {
      closed = true;
    },
  };
}

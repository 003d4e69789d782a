// One compound's view of the store: the boundary of every record (docs/architecture: "Compound is
// the boundary"). Every use-case runs on this view, so no use-case can read or write across
// compounds by mistake:
// - a compound-scoped document is stored under `<compoundId>/<its id>` and carries `compoundId`:
//   deterministic ids (`u:19栋-1单元-301`, `ballot:<poll>:<holder>`) stay compound-local in the
//   code and in the client, and are unique across the deployment in the store;
// - reads by id, updates and removals reach only this compound's documents, so an id of another
//   compound's record answers exactly as a made-up one (null: the use-case's 404);
// - every query and count carries `compoundId = this compound` (every index starts with it,
//   server/app/collections.ts), and every write stamps it.
// Deployment-wide collections (identities, the compounds and organisations themselves, WeChat's
// per-person message grants, photo checks) pass through unchanged.
import { instanceOf, type Cond, type Doc, type FindOptions, type Store, type Tx, type Where } from './port';

/** Collections that are not a compound's: one identity per OPENID, the compounds and their organisations, per-person platform state. */
export const DEPLOYMENT_COLLECTIONS: ReadonlySet<string> = new Set(['accounts', 'compounds', 'orgs', 'enrolments', 'grants', 'subscriptionPrefs', 'photoReviews', 'migrations', 'cursors']);

export const isCompoundCollection = (collection: string) => !DEPLOYMENT_COLLECTIONS.has(collection);

/** A compound id: lower-case letters, digits and dashes, so it can lead a document id. */
export const COMPOUND_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The stored id of a compound's document. */
export const storedId = (compoundId: string, id: string) => `${compoundId}/${id}`;

export interface ScopedStore extends Store {
  readonly compoundId: string;
  /** The whole deployment's store underneath (overview actions, jobs, the migration). */
  readonly root: Store;
  readonly instance: object;
}

export function isScopedStore(store: Store): store is ScopedStore {
  return typeof (store as Partial<ScopedStore>).compoundId === 'string' && !!(store as Partial<ScopedStore>).root;
}

/** The deployment's store under a store that may be one compound's view. */
export const rootOf = (store: Store): Store => (isScopedStore(store) ? store.root : store);

// Caches keyed on instanceOf() must not serve one compound's data to another: one key per (instance, compound).
const instances = new WeakMap<object, Map<string, object>>();
function scopedInstance(root: Store, compoundId: string): object {
  const base = instanceOf(root);
  let byCompound = instances.get(base);
  if (!byCompound) instances.set(base, (byCompound = new Map()));
  let key = byCompound.get(compoundId);
  if (!key) byCompound.set(compoundId, (key = { compoundId }));
  return key;
}

/** A query's conditions as one compound's view sends them: `compoundId` first, ids under the compound. */
export function scopedWhere(compoundId: string, collection: string, where: Where = {}): Where {
  if (!isCompoundCollection(collection)) return where;
  const prefix = `${compoundId}/`;
  const idCond = (c: Cond): Cond => {
    if (typeof c === 'string') return prefix + c;
    if (c === null || typeof c !== 'object') return c;
    const out: Record<string, unknown> = {};
    for (const [op, v] of Object.entries(c)) {
      if (op === '$in') out.$in = (v as Array<string | number>).map((x) => (typeof x === 'string' ? prefix + x : x));
      else out[op] = typeof v === 'string' ? prefix + v : v;
    }
    return out as Cond;
  };
  const out: Where = { compoundId };
  for (const [field, cond] of Object.entries(where)) out[field] = field === '_id' ? idCond(cond) : cond;
  return out;
}

/** A query's options as one compound's view sends them (the query-plan tests check these). */
export const scopedFind = (compoundId: string, collection: string, options: FindOptions = {}): FindOptions => ({ ...options, where: scopedWhere(compoundId, collection, options.where) });

// One view per (store underneath, compound), made once: building its twenty-odd closures on every
// call was a measurable share of a read (bench foundation.api.read). A view holds no state of its
// own, so sharing it between calls changes nothing; held weakly, it goes with its store (each
// emulated invocation's store is its own and short-lived).
const views = new WeakMap<Store, Map<string, ScopedStore>>();

export function scopeStore(store: Store, compoundId: string): ScopedStore {
  if (isScopedStore(store) && store.compoundId === compoundId) return store;
  const root = rootOf(store);
  let byCompound = views.get(root);
  if (!byCompound) views.set(root, (byCompound = new Map()));
  let view = byCompound.get(compoundId);
  if (!view) byCompound.set(compoundId, (view = makeView(root, compoundId)));
  return view;
}

function makeView(root: Store, compoundId: string): ScopedStore {
  if (!COMPOUND_ID.test(compoundId)) throw new Error(`not a compound id: ${JSON.stringify(compoundId)}`);
  const prefix = `${compoundId}/`;
  const toStored = (collection: string, id: string) => (isCompoundCollection(collection) ? prefix + id : id);
  // In place: every store hands out documents of the caller's own (parsed afresh, or cloned out of
  // a transaction's buffer), and copying each one of every page cost a share of a read (bench).
  const fromStored = <T extends Doc>(collection: string, doc: T | null): T | null => {
    if (!doc || !isCompoundCollection(collection)) return doc;
    const own = doc as T & { compoundId?: string };
    own._id = doc._id.slice(prefix.length);
    delete own.compoundId;
    return own;
  };
  const stamp = (collection: string, doc: Doc): Doc => (isCompoundCollection(collection) ? { ...doc, _id: prefix + doc._id, compoundId } : doc);
  const scopeWhere = (collection: string, where?: Where) => scopedWhere(compoundId, collection, where);
  const scopeTx = (tx: Tx): Tx => ({
    get: async <T extends Doc>(collection: string, id: string) => fromStored(collection, await tx.get<T>(collection, toStored(collection, id))),
    set: (collection, doc) => tx.set(collection, stamp(collection, doc)),
    insert: (collection, doc) => tx.insert(collection, stamp(collection, doc)),
    update: (collection, id, patch) => tx.update(collection, toStored(collection, id), patch),
    remove: (collection, id) => tx.remove(collection, toStored(collection, id)),
  });
  const scoped: ScopedStore = {
    ...scopeTx(root),
    compoundId,
    root,
    instance: scopedInstance(root, compoundId),
    async find<T extends Doc>(collection: string, options: FindOptions = {}) {
      const docs = await root.find<T>(collection, { ...options, where: scopeWhere(collection, options.where) });
      return docs.map((d) => fromStored(collection, d)!);
    },
    count: (collection, where) => root.count(collection, scopeWhere(collection, where)),
    async updateIf<T extends Doc>(collection: string, id: string, expect: Record<string, unknown>, patch: Record<string, unknown>) {
      return fromStored(collection, await root.updateIf<T>(collection, toStored(collection, id), expect, patch));
    },
    increment: (collection, id, by) => root.increment(collection, toStored(collection, id), by),
    insertMany: (collection, docs) => root.insertMany(collection, docs.map((d) => stamp(collection, d))),
    transaction: (fn) => root.transaction((tx) => fn(scopeTx(tx))),
    get ops() {
      return root.ops;
    },
    close: () => root.close(),
  };
  return scoped;
}

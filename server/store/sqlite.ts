// The Store port over an embedded SQLite file (better-sqlite3): the local host's and the tests'
// database. Each collection is a table of (_id, JSON doc); declared indexes are expression indexes
// on json_extract, and queries emit byte-identical expressions so SQLite can use them.
import Database from 'better-sqlite3';
import { MAX_PAGE, StoreError, type CollectionSpecs, type Doc, type FindOptions, type Store, type Tx } from './port';
import { bad, checkField, ex, queryShape, whereSql } from './sqliteWhere';
import { StatementCache } from './sqliteStatements';
import { startCheckpointer, type Checkpointer } from './sqliteCheckpointer';

/** A Store plus a diagnostic the tests use to check that queries hit the declared indexes. */
export interface SqliteStore extends Store {
  /** EXPLAIN QUERY PLAN details for the SQL `find` would run. */
  explain(collection: string, options?: FindOptions): string[];
  /** The whole database as bytes: `openSqliteStore({ file: bytes })` opens an in-memory copy (the tests' fork). */
  serialize(): Buffer;
  /** How many prepared statements the store keeps (bounded: sqliteStatements.ts). */
  readonly statements: number;
  /** The background checkpointer's progress (`checkpoint: 'background'`), else null. */
  readonly checkpoints: Checkpointer['state'] | null;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TX_ATTEMPTS = 25;

function getPath(doc: Record<string, unknown>, path: string): unknown {
  let v: unknown = doc;
  for (const k of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

// Duplicated in cloudbase.ts on purpose: the cloud bundle must not import this file.
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id === '') throw bad('_id must be a non-empty string');
  return id;
}

function checkPatch(patch: Record<string, unknown>): Record<string, unknown> {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw bad('patch must be an object');
  if ('_id' in patch) throw bad('_id cannot be changed'); // CloudBase refuses it too
  return patch;
}

const encode = (doc: Doc) => {
  const { _id, ...rest } = doc;
  checkId(_id);
  return JSON.stringify(rest);
};
// A document as its reads select it: SQLite writes `_id` in as the first field (the stored text
// never holds one: encode), so one JSON.parse gives the whole document. First, as CloudBase gives
// it: the compound's view (scoped.ts) then removes `compoundId`, stamped last, and V8 removes an
// object's last property without turning it into a slow dictionary; appending `_id` after the
// parse made `compoundId` the last but one, and every document of every read slow
// (bench foundation.api.read).
const DOC = `'{"_id":' || json_quote(_id) || iif(doc = '{}', '}', ',' || substr(doc, 2))`;
const decode = <T extends Doc>(text: string) => JSON.parse(text) as T;

function mapError(e: unknown): unknown {
  const code = (e as { code?: string })?.code ?? '';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new StoreError('duplicate', 'a document with this _id exists');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreError('unavailable', 'database is busy');
  if (e instanceof TypeError && /not open/.test(e.message)) return new StoreError('unavailable', 'store is closed');
  return e;
}

class Conflict extends Error {}

export interface SqliteOptions {
  file: string | Buffer;
  collections: CollectionSpecs;
  /**
   * `background`: a worker thread checkpoints the WAL, never a commit on the event loop
   * (sqliteCheckpointer.ts): the host's setting. `auto` (the default): SQLite's own checkpoint.
   */
  checkpoint?: 'auto' | 'background';
}

export function openSqliteStore(options: SqliteOptions): SqliteStore {
  const db = new Database(options.file);
  let checkpointer: Checkpointer | null = null;
  if (typeof options.file === 'string' && options.file !== ':memory:' && options.file !== '') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    if (options.checkpoint === 'background') {
      db.pragma('wal_autocheckpoint = 0');
      // Should the worker fail, SQLite checkpoints again itself (its default, every 1,000 pages).
      checkpointer = startCheckpointer(options.file, () => {
        if (!closed) db.pragma('wal_autocheckpoint = 1000');
      });
    }
  }
  const known = new Set<string>();
  for (const [c, spec] of Object.entries(options.collections)) {
    if (!NAME.test(c) || c.startsWith('sqlite_')) throw bad(`bad collection name: ${c}`);
    db.exec(`CREATE TABLE IF NOT EXISTS "${c}" (_id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
    for (const fields of spec.indexes) {
      if (!fields.length) throw bad(`${c}: empty index`);
      const name = `${c}__${fields.map(checkField).join('__')}`;
      // `_id` last: find() orders by it to break ties, so the index alone gives the order
      // (no temporary B-tree per query).
      const columns = fields.includes('_id') ? fields.map(ex) : [...fields.map(ex), '_id'];
      db.exec(`CREATE INDEX IF NOT EXISTS "${name}" ON "${c}" (${columns.join(', ')})`);
    }
    known.add(c);
  }

  // Unknown collections are refused rather than created: CloudBase needs every collection
  // created up front, so a typo or an undeclared collection should fail here, not in production.
  const table = (c: string) => {
    if (!known.has(c)) throw bad(`unknown collection: ${c}`);
    return `"${c}"`;
  };
  const statements = new StatementCache((sql) => db.prepare(sql));
  const stmt = (sql: string) => statements.get(sql, () => sql);
  // The read by id is every call's commonest statement: one prepared statement per collection,
  // found without building its SQL text again.
  const byId = new Map<string, Database.Statement>();
  const readById = (c: string) => {
    let s = byId.get(c);
    if (!s) byId.set(c, (s = db.prepare(`SELECT ${DOC} FROM ${table(c)} WHERE _id = ?`).pluck()));
    return s;
  };
  const readRaw = (c: string, id: string) => (readById(c).get(checkId(id)) as string | undefined) ?? null;
  const read = <T extends Doc>(c: string, id: string) => {
    const text = readRaw(c, id);
    return text === null ? null : decode<T>(text);
  };
  const upsert = (c: string, doc: Doc) =>
    stmt(`INSERT INTO ${table(c)} (_id, doc) VALUES (?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc`).run(doc._id, encode(doc));
  const insertRow = (c: string, doc: Doc) => stmt(`INSERT INTO ${table(c)} (_id, doc) VALUES (?, ?)`).run(doc._id, encode(doc));
  const deleteRow = (c: string, id: string) => stmt(`DELETE FROM ${table(c)} WHERE _id = ?`).run(checkId(id)).changes === 1;

  const page = (o: FindOptions) => {
    const limit = o.limit ?? MAX_PAGE;
    const skip = o.skip ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw bad(`limit must be 1..${MAX_PAGE}`);
    if (!Number.isInteger(skip) || skip < 0) throw bad('skip must be a non-negative integer');
    return { limit, skip };
  };
  const findSql = (c: string, o: FindOptions = {}) => {
    const { limit, skip } = page(o);
    const params: unknown[] = [];
    let sql = `SELECT ${DOC} FROM ${table(c)}${whereSql(o.where, params)}`;
    const order = (o.orderBy ?? []).map(([f, dir]) => {
      if (dir !== 'asc' && dir !== 'desc') throw bad(`bad sort direction: ${dir}`);
      return `${ex(f)} ${dir.toUpperCase()}`;
    });
    // `_id` breaks ties so that skip-paging is deterministic; in the last key's direction, so
    // an index (…, _id) read forwards or backwards yields the whole order without a sort.
    const lastDir = o.orderBy?.length ? o.orderBy[o.orderBy.length - 1][1] : 'asc';
    if (!(o.orderBy ?? []).some(([f]) => f === '_id')) order.push(`_id ${lastDir.toUpperCase()}`);
    // The limit is spliced in (an integer 1..100, checked above), never bound: SQLite re-prepares
    // a statement whose LIMIT is a bound parameter on every run (in builds with STAT4, such as
    // better-sqlite3's, the LIMIT is an input to the plan); measured at about 25 µs a query, a
    // third of the foundation read's query. The offset stays bound: it plays no part in the plan.
    sql += ` ORDER BY ${order.join(', ')} LIMIT ${limit} OFFSET ?`;
    params.push(skip);
    return { sql, params };
  };
  const countSql = (c: string, where: FindOptions['where'], params: unknown[]) => `SELECT COUNT(*) AS n FROM ${table(c)}${whereSql(where, params)}`;
  // A query's statement found by its shape, with the values to bind: its SQL is built only the
  // first time a shape is seen. An unusual query (queryShape null) is built in full, which
  // refuses it with its reason.
  const findStatement = (c: string, o: FindOptions) => {
    const { skip } = page(o);
    table(c); // an unknown collection is refused before its name is looked up in the cache
    const params: unknown[] = [];
    const key = queryShape('find', c, o, params);
    if (key === null) {
      const built = findSql(c, o);
      return { s: db.prepare(built.sql), params: built.params };
    }
    params.push(skip);
    return { s: statements.get(key, () => findSql(c, o).sql), params };
  };
  const countStatement = (c: string, where: FindOptions['where']) => {
    table(c);
    const params: unknown[] = [];
    const key = queryShape('count', c, { where }, params);
    if (key === null) {
      const built: unknown[] = [];
      return { s: db.prepare(countSql(c, where, built)), params: built };
    }
    return { s: statements.get(key, () => countSql(c, where, [])), params };
  };

  let ops = 0;
  let closed = false;
  // Every port call goes through here: counts it and turns driver errors into StoreErrors.
  const op = <R>(work: () => R): Promise<R> => {
    ops++;
    try {
      if (closed) throw new StoreError('unavailable', 'store is closed');
      return Promise.resolve(work());
    } catch (e) {
      return Promise.reject(mapError(e));
    }
  };
  // Read-compare-write inside BEGIN IMMEDIATE: atomic in this process (synchronous) and across
  // processes (write lock). `update` is the case with nothing to expect.
  const mergeIf = <T extends Doc>(c: string, id: string, expect: Record<string, unknown>, patch: Record<string, unknown>) => {
    checkPatch(patch);
    Object.keys(expect).forEach(checkField);
    return db
      .transaction(() => {
        const cur = read<Doc>(c, id);
        if (!cur || Object.keys(expect).some((k) => !sameValue(getPath(cur, k), expect[k]))) return null;
        const next = { ...cur, ...patch, _id: id } as T;
        upsert(c, next);
        return next;
      })
      .immediate();
  };

  /*
   * Transactions are optimistic, like CloudBase's. fn runs against a private write buffer (its
   * reads see its own writes); every document it read from the database is remembered with the
   * exact text it saw. At the end one synchronous BEGIN IMMEDIATE transaction re-checks those
   * texts and applies the buffer, so the commit is atomic against other async callers in this
   * process (better-sqlite3 is synchronous) and against other processes (write lock). A changed
   * read means a conflict: fn is run again (the port allows it), with a short jittered pause.
   * Holding a real SQLite transaction open across fn's awaits was rejected: every other caller
   * in the process would have to queue behind it (or see its uncommitted writes), and a store
   * call made inside fn would deadlock.
   */
  const transaction = async <R>(fn: (tx: Tx) => Promise<R>): Promise<R> => {
    for (let attempt = 1; ; attempt++) {
      const reads = new Map<string, { c: string; id: string; text: string | null }>();
      const writes = new Map<string, { c: string; id: string; doc: Doc | null }>();
      let open = true;
      const txOp = <R2>(work: () => R2) => op(() => {
        if (!open) throw bad('transaction already finished');
        return work();
      });
      const view = (c: string, id: string): Doc | null => {
        table(c);
        const key = `${c}\u0000${checkId(id)}`;
        const w = writes.get(key);
        if (w) return w.doc && structuredClone(w.doc);
        if (!reads.has(key)) reads.set(key, { c, id, text: readRaw(c, id) });
        const text = reads.get(key)!.text;
        return text === null ? null : decode(text);
      };
      const put = (c: string, id: string, doc: Doc | null) => {
        if (doc) encode(doc); // fail now on a bad document, not at commit
        writes.set(`${c}\u0000${id}`, { c, id, doc: doc && structuredClone(doc) });
      };
      const tx: Tx = {
        get: <T extends Doc>(c: string, id: string) => txOp(() => view(c, id) as T | null),
        set: (c, doc) => txOp(() => void (table(c), put(c, checkId(doc._id), doc))),
        insert: (c, doc) =>
          txOp(() => {
            if (view(c, doc._id)) throw new StoreError('duplicate', `${c}/${doc._id} exists`);
            put(c, doc._id, doc);
          }),
        update: (c, id, patch) =>
          txOp(() => {
            checkPatch(patch);
            const cur = view(c, id);
            if (cur) put(c, id, { ...cur, ...patch, _id: id });
            return cur !== null;
          }),
        remove: (c, id) =>
          txOp(() => {
            const exists = view(c, id) !== null;
            if (exists) put(c, id, null);
            return exists;
          }),
      };
      let result: R;
      try {
        result = await fn(tx);
      } finally {
        open = false;
      }
      if (closed) throw new StoreError('unavailable', 'store is closed');
      try {
        db.transaction(() => {
          for (const r of reads.values()) if (readRaw(r.c, r.id) !== r.text) throw new Conflict();
          for (const w of writes.values()) (w.doc ? upsert(w.c, w.doc) : deleteRow(w.c, w.id));
        }).immediate();
        return result;
      } catch (e) {
        if (!(e instanceof Conflict)) throw mapError(e);
      }
      if (attempt >= TX_ATTEMPTS) throw new StoreError('unavailable', 'transaction kept conflicting');
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(2 ** attempt, 50)));
    }
  };

  return {
    get: <T extends Doc>(c: string, id: string) => op(() => read<T>(c, id)),
    set: (c, doc) => op(() => void upsert(c, doc)),
    insert: (c, doc) => op(() => void insertRow(c, doc)),
    update: (c, id, patch) => op(() => mergeIf(c, id, {}, patch) !== null),
    remove: (c, id) => op(() => deleteRow(c, id)),
    find: <T extends Doc>(c: string, o: FindOptions = {}) =>
      op(() => {
        const { s, params } = findStatement(c, o);
        // Plucked: the one column as is, without a row object around it.
        return (s.pluck().all(...params) as string[]).map((text) => decode<T>(text));
      }),
    count: (c, where) =>
      op(() => {
        const { s, params } = countStatement(c, where);
        return (s.get(...params) as { n: number }).n;
      }),
    updateIf: <T extends Doc>(c: string, id: string, expect: Record<string, unknown>, patch: Record<string, unknown>) =>
      op(() => mergeIf<T>(c, id, expect, patch)),
    // One UPDATE statement: atomic without a read-modify-write round in JavaScript.
    increment: (c, id, by) =>
      op(() => {
        const fields = Object.keys(by);
        if (!fields.length || fields.some((f) => !NAME.test(f) || f === '_id' || typeof by[f] !== 'number' || !Number.isFinite(by[f])))
          throw bad('increment needs top-level fields and finite numbers');
        const sets = fields.map((f) => `'$.${f}', coalesce(json_extract(doc,'$.${f}'), 0) + ?`).join(', ');
        return stmt(`UPDATE ${table(c)} SET doc = json_set(doc, ${sets}) WHERE _id = ?`).run(...fields.map((f) => by[f]), checkId(id)).changes === 1;
      }),
    // Counts one operation per document: each is one write here and in CloudBase.
    insertMany: async (c, docs) => {
      ops += docs.length - 1;
      return op(() => db.transaction(() => docs.forEach((d) => insertRow(c, d))).immediate());
    },
    transaction,
    get ops() {
      return ops;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      // The worker's connection first: the last one to close checkpoints the WAL and removes it.
      await checkpointer?.stop();
      db.close();
    },
    serialize: () => db.serialize(),
    get statements() {
      return statements.size;
    },
    get checkpoints() {
      return checkpointer?.state ?? null;
    },
    explain: (c, o) => {
      const { sql, params } = findSql(c, o);
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
    },
  };
}

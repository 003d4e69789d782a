// The Store port over an embedded SQLite file (better-sqlite3): the local host's and the tests'
// database. Each collection is a table of (_id, JSON doc); declared indexes are expression indexes
// on json_extract, and queries emit byte-identical expressions so SQLite can use them.
import Database from 'better-sqlite3';
import { MAX_PAGE, StoreError, type CollectionSpecs, type Cond, type Doc, type FindOptions, type Store, type Tx, type Where } from './port';

/** A Store plus a diagnostic the tests use to check that queries hit the declared indexes. */
export interface SqliteStore extends Store {
  /** EXPLAIN QUERY PLAN details for the SQL `find` would run. */
  explain(collection: string, options?: FindOptions): string[];
  /** The whole database as bytes: `openSqliteStore({ file: bytes })` opens an in-memory copy (the tests' fork). */
  serialize(): Buffer;
}

// Stricter than "letters, digits, _ and dots": empty or numeric path segments would make a
// malformed JSON path, and the path is spliced into SQL (parameters cannot match an index).
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TX_ATTEMPTS = 25;

const bad = (message: string) => new StoreError('bad_query', message);

function checkField(field: string): string {
  if (typeof field !== 'string' || !FIELD.test(field)) throw bad(`bad field name: ${JSON.stringify(field)}`);
  return field;
}
// `_id` lives in its own column (the primary key); json_type of it is always 'text'.
const ex = (f: string) => (checkField(f) === '_id' ? '_id' : `json_extract(doc,'$.${f}')`);
const ty = (f: string) => (checkField(f) === '_id' ? `'text'` : `json_type(doc,'$.${f}')`);

// json_extract yields 1/0 for true/false and JSON text for objects, so every comparison also
// checks json_type: `true` must not equal 1, and 5 must not be "greater" than a string (this
// mirrors CloudBase/MongoDB, which only compares values of the same type).
function typeGuard(f: string, v: unknown): string {
  if (typeof v === 'string') return `${ty(f)} = 'text'`;
  if (typeof v === 'number' && Number.isFinite(v)) return `${ty(f)} IN ('integer','real')`;
  throw bad(`${f}: expected a string or a finite number`);
}

// A string range's type check answered from the index where it can: SQLite sorts numbers and NULL
// before text, so `>= ''` keeps text only; json_extract gives an object or array as its JSON text,
// which starts with { or [, so only such a value needs the document's json_type. The plain
// json_type check parsed every document in the range (a waitlist position count read each sign-up
// ahead of it).
function textGuard(f: string): string {
  if (f === '_id') return `'text' = 'text'`;
  return `(${ex(f)} >= '' AND (substr(${ex(f)}, 1, 1) NOT IN ('{', '[') OR ${ty(f)} = 'text'))`;
}

function condSql(f: string, c: Cond, params: unknown[]): string {
  const e = ex(f);
  if (c === null) return `${e} IS NULL`; // like CloudBase: null matches a missing field too
  if (typeof c === 'boolean') {
    params.push(c ? 1 : 0);
    return `(${e} = ? AND ${ty(f)} = '${c}')`;
  }
  if (typeof c !== 'object') {
    const guard = typeGuard(f, c);
    params.push(c);
    // SQLite never finds TEXT equal to a number, and json_extract yields TEXT only for JSON
    // strings: string equality needs no type check (which costs a second parse of the doc).
    return typeof c === 'string' ? `${e} = ?` : `(${e} = ? AND ${guard})`;
  }
  if (Array.isArray(c)) throw bad(`${f}: arrays are not conditions`);
  const keys = Object.keys(c);
  if (keys.length === 1 && keys[0] === '$has') {
    const v = (c as { $has: unknown }).$has;
    typeGuard(f, v);
    if (f === '_id') throw bad('_id is not an array');
    params.push(v);
    return `EXISTS (SELECT 1 FROM json_each(doc,'$.${f}') WHERE value = ? AND type IN ('text','integer','real'))`;
  }
  if (keys.length === 1 && keys[0] === '$in') {
    const list = (c as { $in: unknown }).$in;
    if (!Array.isArray(list) || list.length > MAX_PAGE) throw bad(`${f}: $in needs an array of at most ${MAX_PAGE}`);
    if (list.length === 0) return '0';
    list.forEach((v) => typeGuard(f, v));
    params.push(...list);
    const placeholders = list.map(() => '?').join(',');
    // As for equality: only numbers need the check (JSON true comes back as 1).
    return list.every((v) => typeof v === 'string') ? `${e} IN (${placeholders})` : `(${e} IN (${placeholders}) AND ${ty(f)} IN ('text','integer','real'))`;
  }
  if (keys.length === 1 && keys[0] === '$ne') {
    const v = (c as { $ne: unknown }).$ne;
    if (v === null) return `${e} IS NOT NULL`;
    if (typeof v === 'boolean') return `${ty(f)} IS NOT '${v}'`;
    const guard = typeGuard(f, v);
    params.push(v);
    return `(${e} IS NOT ? OR NOT coalesce(${guard}, 0))`;
  }
  const ops: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };
  if (keys.length === 0 || keys.some((k) => !(k in ops))) throw bad(`${f}: unknown condition ${JSON.stringify(c)}`);
  const values = keys.map((k) => (c as Record<string, unknown>)[k]);
  const guard = typeof values[0] === 'string' ? textGuard(f) : typeGuard(f, values[0]);
  if (values.some((v) => typeof v !== typeof values[0])) throw bad(`${f}: range bounds of different types`);
  values.forEach((v) => typeGuard(f, v));
  params.push(...values);
  return `(${keys.map((k) => `${e} ${ops[k]} ?`).join(' AND ')} AND ${guard})`;
}

function whereSql(where: Where | undefined, params: unknown[]): string {
  if (where === undefined) return '';
  if (typeof where !== 'object' || where === null || Array.isArray(where)) throw bad('where must be an object');
  const parts = Object.keys(where).map((f) => condSql(f, where[f], params));
  return parts.length ? ` WHERE ${parts.join(' AND ')}` : '';
}

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
const decode = <T extends Doc>(id: string, text: string) => {
  // Assigning beats spreading into a fresh object on every row of every page.
  const doc = JSON.parse(text) as T;
  doc._id = id;
  return doc;
};

function mapError(e: unknown): unknown {
  const code = (e as { code?: string })?.code ?? '';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new StoreError('duplicate', 'a document with this _id exists');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreError('unavailable', 'database is busy');
  if (e instanceof TypeError && /not open/.test(e.message)) return new StoreError('unavailable', 'store is closed');
  return e;
}

class Conflict extends Error {}

export function openSqliteStore(options: { file: string | Buffer; collections: CollectionSpecs }): SqliteStore {
  const db = new Database(options.file);
  if (typeof options.file === 'string' && options.file !== ':memory:' && options.file !== '') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
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
  const stmts = new Map<string, Database.Statement>();
  const stmt = (sql: string) => {
    let s = stmts.get(sql);
    if (!s) {
      if (stmts.size > 500) stmts.clear();
      stmts.set(sql, (s = db.prepare(sql)));
    }
    return s;
  };
  // The read by id is every call's commonest statement: one prepared statement per collection,
  // found without building its SQL text again.
  const byId = new Map<string, Database.Statement>();
  const readById = (c: string) => {
    let s = byId.get(c);
    if (!s) byId.set(c, (s = db.prepare(`SELECT doc FROM ${table(c)} WHERE _id = ?`)));
    return s;
  };
  const readRaw = (c: string, id: string) => (readById(c).get(checkId(id)) as { doc: string } | undefined)?.doc ?? null;
  const read = <T extends Doc>(c: string, id: string) => {
    const text = readRaw(c, id);
    return text === null ? null : decode<T>(id, text);
  };
  const upsert = (c: string, doc: Doc) =>
    stmt(`INSERT INTO ${table(c)} (_id, doc) VALUES (?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc`).run(doc._id, encode(doc));
  const insertRow = (c: string, doc: Doc) => stmt(`INSERT INTO ${table(c)} (_id, doc) VALUES (?, ?)`).run(doc._id, encode(doc));
  const deleteRow = (c: string, id: string) => stmt(`DELETE FROM ${table(c)} WHERE _id = ?`).run(checkId(id)).changes === 1;

  const findSql = (c: string, o: FindOptions = {}) => {
    const limit = o.limit ?? MAX_PAGE;
    const skip = o.skip ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw bad(`limit must be 1..${MAX_PAGE}`);
    if (!Number.isInteger(skip) || skip < 0) throw bad('skip must be a non-negative integer');
    const params: unknown[] = [];
    let sql = `SELECT _id, doc FROM ${table(c)}${whereSql(o.where, params)}`;
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
        return text === null ? null : decode(id, text);
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
    find: <T extends Doc>(c: string, o?: FindOptions) =>
      op(() => {
        const { sql, params } = findSql(c, o);
        return (stmt(sql).all(...params) as Array<{ _id: string; doc: string }>).map((r) => decode<T>(r._id, r.doc));
      }),
    count: (c, where) =>
      op(() => {
        const params: unknown[] = [];
        return (stmt(`SELECT COUNT(*) AS n FROM ${table(c)}${whereSql(where, params)}`).get(...params) as { n: number }).n;
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
      if (!closed) db.close();
      closed = true;
    },
    serialize: () => db.serialize(),
    explain: (c, o) => {
      const { sql, params } = findSql(c, o);
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
    },
  };
}

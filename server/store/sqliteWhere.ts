// The conditions of a query as SQL over the (_id, JSON doc) tables of the SQLite adapter
// (sqlite.ts), and the shape of a query: what its SQL depends on, as a key for the prepared
// statement cache, with its values in the order the SQL binds them.
import { MAX_PAGE, StoreError, type Cond, type FindOptions, type Where } from './port';

// Stricter than "letters, digits, _ and dots": empty or numeric path segments would make a
// malformed JSON path, and the path is spliced into SQL (parameters cannot match an index).
export const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export const bad = (message: string) => new StoreError('bad_query', message);

export function checkField(field: string): string {
  if (typeof field !== 'string' || !FIELD.test(field)) throw bad(`bad field name: ${JSON.stringify(field)}`);
  return field;
}
// `_id` lives in its own column (the primary key); json_type of it is always 'text'.
export const ex = (f: string) => (checkField(f) === '_id' ? '_id' : `json_extract(doc,'$.${f}')`);
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
// With an upper bound that sorts before '[' (an ISO time, a date key, a digit), nothing in the range
// can start with { or [: the index alone answers (a covering count of a waitlist position, instead
// of reading every sign-up ahead). The SQL then depends on that bound, so the query's shape does too.
const lowUpper = (c: object): boolean => {
  const upper = (c as Record<string, unknown>).$lt ?? (c as Record<string, unknown>).$lte;
  return typeof upper === 'string' && (upper === '' || upper.charCodeAt(0) < 0x5b);
};

function textGuard(f: string, low: boolean): string {
  if (f === '_id') return `'text' = 'text'`;
  if (low) return `${ex(f)} >= ''`;
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
  const guard = typeof values[0] === 'string' ? textGuard(f, lowUpper(c)) : typeGuard(f, values[0]);
  if (values.some((v) => typeof v !== typeof values[0])) throw bad(`${f}: range bounds of different types`);
  values.forEach((v) => typeGuard(f, v));
  params.push(...values);
  return `(${keys.map((k) => `${e} ${ops[k]} ?`).join(' AND ')} AND ${guard})`;
}

export function whereSql(where: Where | undefined, params: unknown[]): string {
  if (where === undefined) return '';
  if (typeof where !== 'object' || where === null || Array.isArray(where)) throw bad('where must be an object');
  const parts = Object.keys(where).map((f) => condSql(f, where[f], params));
  return parts.length ? ` WHERE ${parts.join(' AND ')}` : '';
}

// A condition's kind as its SQL depends on it: whereSql builds the same text for every condition
// of one kind, and binds its values in the order `pushValues` gives them. Null for anything
// unusual (a bad value, an unknown operator): such a query takes the full path, which refuses it.
function condKind(c: Cond): string | null {
  if (c === null) return 'N';
  switch (typeof c) {
    case 'string':
      return 'S';
    case 'number':
      return Number.isFinite(c) ? 'D' : null;
    case 'boolean':
      return c ? 'T' : 'F';
    case 'object':
      break;
    default:
      return null;
  }
  if (Array.isArray(c)) return null;
  const keys = Object.keys(c);
  if (keys.length === 1) {
    const v = (c as Record<string, unknown>)[keys[0]];
    if (keys[0] === '$in') {
      if (!Array.isArray(v) || v.length > MAX_PAGE) return null;
      let strings = true;
      for (const x of v) {
        if (typeof x !== 'string') {
          if (typeof x !== 'number' || !Number.isFinite(x)) return null;
          strings = false;
        }
      }
      return `in${v.length}${strings ? 'S' : 'D'}`;
    }
    if (keys[0] === '$ne' || keys[0] === '$has') {
      const k = v === null ? 'N' : typeof v === 'boolean' ? (v ? 'T' : 'F') : typeof v === 'string' ? 'S' : typeof v === 'number' && Number.isFinite(v) ? 'D' : null;
      return k && keys[0] + k;
    }
  }
  let type: string | null = null;
  for (const k of keys) {
    if (k !== '$gt' && k !== '$gte' && k !== '$lt' && k !== '$lte') return null;
    const v = (c as Record<string, unknown>)[k];
    const t = typeof v === 'string' ? 'S' : typeof v === 'number' && Number.isFinite(v) ? 'D' : null;
    if (!t || (type && t !== type)) return null;
    type = t;
  }
  return type && keys.join('') + type + (type === 'S' && lowUpper(c) ? 'L' : '');
}

// The values condSql binds for a condition of a known kind, in its order.
function pushValues(c: Cond, params: unknown[]): void {
  if (c === null) return;
  if (typeof c === 'boolean') params.push(c ? 1 : 0);
  else if (typeof c !== 'object') params.push(c);
  else
    for (const [op, v] of Object.entries(c)) {
      if (op === '$in') params.push(...(v as unknown[]));
      else if (op !== '$ne' || (v !== null && typeof v !== 'boolean')) params.push(v);
    }
}

/**
 * The shape of a find (or, without paging, a count): collection, each field with its condition's
 * kind, the order and the page size; everything the SQL text depends on. The values go onto
 * `params` in the order the SQL binds them. Null when the query is unusual (a field name the SQL
 * would refuse, a bad value): it is then built in full, which refuses it with its reason. Field
 * names are checked here so that no name can run into another in the key.
 */
export function queryShape(kind: 'find' | 'count', collection: string, o: FindOptions, params: unknown[]): string | null {
  let key = `${kind}|${collection}|`;
  const where = o.where;
  if (where !== undefined) {
    if (typeof where !== 'object' || where === null || Array.isArray(where)) return null;
    for (const f of Object.keys(where)) {
      const k = FIELD.test(f) ? condKind(where[f]) : null;
      if (k === null) return null;
      key += `${f}:${k},`;
      pushValues(where[f], params);
    }
  }
  if (kind === 'count') return key;
  key += '|';
  for (const [f, dir] of o.orderBy ?? []) {
    if (!FIELD.test(f) || (dir !== 'asc' && dir !== 'desc')) return null;
    key += `${f} ${dir},`;
  }
  return `${key}|${o.limit ?? MAX_PAGE}`;
}

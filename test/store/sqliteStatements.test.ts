// The SQLite adapter's statement cache: a query's statement is found by its shape (sqliteWhere.ts),
// so the shape must decide the SQL text entirely and bind the values in the SQL's own order; the
// cache is bounded and lets the least recently used statement go.
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../server/store/sqlite';
import { StatementCache, STATEMENTS_MAX } from '../../server/store/sqliteStatements';
import { queryShape, whereSql } from '../../server/store/sqliteWhere';
import type { Cond, FindOptions, Where } from '../../server/store/port';

// Every kind of condition, each with two sets of values of the same kind (the second run of a
// shape finds its statement in the cache).
const kinds: Array<[string, Cond, Cond]> = [
  ['string equality', 'k1', 'k2'],
  ['number equality', 3, 4],
  ['true', true, true],
  ['false', false, false],
  ['null', null, null],
  ['$in strings', { $in: ['k1', 'k3'] }, { $in: ['k2', 'k4'] }],
  ['$in numbers', { $in: [1, 2] }, { $in: [3, 5] }],
  ['$in mixed', { $in: ['k1', 2] }, { $in: [3, 'k4'] }],
  ['$in empty', { $in: [] }, { $in: [] }],
  ['$ne string', { $ne: 'k1' }, { $ne: 'k2' }],
  ['$ne number', { $ne: 1 }, { $ne: 2 }],
  ['$ne null', { $ne: null }, { $ne: null }],
  ['$ne true', { $ne: true }, { $ne: true }],
  ['string range', { $gte: 'k2', $lt: 'k5' }, { $gte: 'k0', $lt: 'k3' }],
  ['number range', { $gt: 1, $lte: 4 }, { $gt: 0, $lte: 2 }],
  ['one-sided range', { $lt: 3 }, { $lt: 5 }],
  ['$has string', { $has: 'k1' }, { $has: 'k2' }],
  ['$has number', { $has: 0 }, { $has: 3 }],
];

const specs = { items: { indexes: [['kind'], ['n'], ['flag']] } };

// Twelve documents with every kind of value the conditions above tell apart.
const docs = Array.from({ length: 12 }, (_, i) => ({
  _id: `d${String(i).padStart(2, '0')}`,
  kind: i % 4 === 0 ? i : `k${i % 6}`,
  n: i % 3 === 0 ? `k${i}` : i % 7,
  flag: [true, false, null, 'true', 1][i % 5],
  tags: [`k${i % 3}`, i % 4],
}));

const fieldOf = (label: string) => (/\$has/.test(label) ? 'tags' : /true|false|null/.test(label) ? 'flag' : /number|mixed/.test(label) ? 'n' : 'kind');

describe('query shapes', () => {
  it('bind the values in the order the SQL has them, for every kind of condition', () => {
    for (const [label, a, b] of kinds) {
      for (const c of [a, b]) {
        const where: Where = { compoundId: 'q', [fieldOf(label)]: c, 'meta.level': { $gte: 2 } };
        const sqlParams: unknown[] = [];
        whereSql(where, sqlParams);
        const shapeParams: unknown[] = [];
        expect(queryShape('find', 'items', { where }, shapeParams)).not.toBeNull();
        expect({ label, params: shapeParams }).toEqual({ label, params: sqlParams });
      }
    }
  });

  it('are the same only for the same SQL text (one statement never serves another query)', () => {
    const cases: Where[] = kinds.flatMap(([label, a, b]) => [{ [fieldOf(label)]: a }, { [fieldOf(label)]: b }, { x: a, [fieldOf(label)]: b }]);
    const byKey = new Map<string, string>();
    for (const where of cases)
      for (const options of [{ where }, { where, orderBy: [['kind', 'desc']] as FindOptions['orderBy'] }, { where, limit: 7 }]) {
        const key = queryShape('find', 'items', options, [])!;
        const sql = `${whereSql(where, [])} ${JSON.stringify(options.orderBy ?? [])} ${options.limit ?? 100}`;
        if (byKey.has(key)) expect(byKey.get(key)).toBe(sql);
        byKey.set(key, sql);
      }
    expect(byKey.size).toBeGreaterThan(kinds.length * 2);
    // A count and a find of the same conditions are different statements.
    expect(queryShape('count', 'items', { where: { kind: 'k1' } }, [])).not.toBe(queryShape('find', 'items', { where: { kind: 'k1' } }, []));
  });

  it('leave an unusual query to the full build, which refuses it with its reason', async () => {
    for (const where of [{ "kind') OR 1=1 --": 'x' }, { kind: Number.NaN }, { kind: { $in: 'k1' } }, { kind: { $gt: 1, $lt: 'k' } }, { kind: { $regex: 'k' } }, { kind: ['k1'] }] as unknown as Where[]) {
      expect(queryShape('find', 'items', { where }, [])).toBeNull();
    }
    const store = openSqliteStore({ file: ':memory:', collections: specs });
    await expect(store.find('items', { where: { "kind') OR 1=1 --": 'x' } })).rejects.toMatchObject({ code: 'bad_query' });
    await expect(store.find('items', { where: { kind: Number.NaN } })).rejects.toMatchObject({ code: 'bad_query' });
    await expect(store.find('items', { orderBy: [['kind', 'up' as 'asc']] })).rejects.toMatchObject({ code: 'bad_query' });
    await expect(store.find('nothing|items|', {})).rejects.toMatchObject({ code: 'bad_query' });
    await store.close();
  });

  it('answer a query run again with other values exactly as a store that never saw its shape', async () => {
    const warm = openSqliteStore({ file: ':memory:', collections: specs });
    await warm.insertMany('items', docs);
    const image = warm.serialize();
    for (const [label, a, b] of kinds) {
      for (const options of [{ where: { [fieldOf(label)]: a } }, { where: { [fieldOf(label)]: b }, orderBy: [['n', 'desc']] }, { where: { [fieldOf(label)]: b }, skip: 1, limit: 3 }] as FindOptions[]) {
        const fresh = openSqliteStore({ file: image, collections: specs });
        expect({ label, options, found: await warm.find('items', options), counted: await warm.count('items', options.where) }).toEqual({
          label,
          options,
          found: await fresh.find('items', options),
          counted: await fresh.count('items', options.where),
        });
        await fresh.close();
      }
    }
    // The cache was used: far fewer statements than queries run.
    expect(warm.statements).toBeLessThan(kinds.length * 6);
    await warm.close();
  });
});

describe('the statement cache', () => {
  it('prepares a shape once and lets the least recently used statement go when full', () => {
    const db = new Database(':memory:');
    const prepared: string[] = [];
    const cache = new StatementCache((sql) => (prepared.push(sql), db.prepare(sql)), 3);
    const q = (n: number) => cache.get(`k${n}`, () => `SELECT ${n}`);
    q(1);
    q(2);
    q(3);
    q(1); // used again: k2 is now the least recently used
    q(4); // full: k2 goes
    expect(cache.size).toBe(3);
    expect(prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 4']);
    q(1);
    q(3);
    q(4);
    expect(prepared).toHaveLength(4);
    expect(q(2).get()).toEqual({ 2: 2 }); // prepared again
    expect(prepared).toHaveLength(5);
    expect(cache.size).toBe(3);
    db.close();
  });

  it('stays bounded on a store whatever shapes its queries come in, and keeps answering right', async () => {
    const store = openSqliteStore({ file: ':memory:', collections: specs });
    await store.insertMany('items', docs);
    const ids = docs.map((d) => d._id);
    // An `$in` of every length and every page size: a shape each, more than the cache holds.
    for (let n = 1; n <= 12; n++) for (let limit = 1; limit <= 50; limit++) await store.find('items', { where: { _id: { $in: ids.slice(0, n) } }, limit });
    expect(store.statements).toBeLessThanOrEqual(STATEMENTS_MAX);
    expect(12 * 50).toBeGreaterThan(STATEMENTS_MAX);
    expect((await store.find('items', { where: { _id: { $in: ids.slice(0, 5) } }, limit: 2 })).map((d) => d._id)).toEqual(['d00', 'd01']);
    await store.close();
  });
});

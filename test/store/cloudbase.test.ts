import { isDuplicateError, openCloudBaseStore, toCloudWhere } from '../../server/store/cloudbase';
import { StoreError } from '../../server/store/port';
import { contractSpecs, storeContract } from './contract';

// The real thing: only with a WeChat cloud environment and credentials. wx-server-sdk is loaded
// lazily here and nowhere else in the tests (without credentials it kills Node 20).
const hasCreds = Boolean(process.env.TCB_ENV && process.env.TENCENTCLOUD_SECRETID && process.env.TENCENTCLOUD_SECRETKEY);
if (!hasCreds) {
  console.warn('[test/store] CloudBase contract SKIPPED: TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are not all set (only the fake-db translation tests ran).');
} else {
  jest.setTimeout(120_000);
}
const d = hasCreds ? describe : describe.skip;

d('CloudBase (real WeChat cloud database)', () => {
  // Fresh collections per run, so runs never see each other's documents.
  const prefix = `t${Date.now().toString(36)}_`;
  let db: unknown;
  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk');
    cloud.init({ env: process.env.TCB_ENV, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY });
    const database = cloud.database();
    for (const name of Object.keys(contractSpecs(prefix))) await database.createCollection(name);
    db = database;
  });
  storeContract('CloudBase', () => openCloudBaseStore({ db, collections: contractSpecs(prefix) }), prefix);
});

/*
 * FAKE: a few lines standing in for `cloud.database()`, because the WeChat cloud cannot be reached
 * from here. It only records calls and reproduces the response shapes and errors of
 * wx-server-sdk 4.0.2 (read from its source): it proves the adapter's translation and error
 * mapping, not CloudBase's behaviour.
 */
type Call = [string, ...unknown[]];
function fakeCloudDb(opts: { conflicts?: number } = {}) {
  const calls: Call[] = [];
  const docs = new Map<string, Record<string, unknown>>();
  const sdkError = (api: string, msg: string, errCode = -501001) => Object.assign(new Error(`${api}:fail ${errCode} ${msg}`), { errCode, errMsg: `${api}:fail ${msg}` });
  const cmd = (op: string) => (v: unknown) => ({ $cmd: op, v });
  const command = { in: cmd('in'), neq: cmd('neq'), gt: cmd('gt'), gte: cmd('gte'), lt: cmd('lt'), lte: cmd('lte'), inc: cmd('inc'), set: cmd('set'), and: (...v: unknown[]) => ({ $cmd: 'and', v }) };
  const query = (c: string): Record<string, unknown> => ({
    where: (q: unknown) => (calls.push(['where', c, q]), query(c)),
    orderBy: (f: string, dir: string) => (calls.push(['orderBy', f, dir]), query(c)),
    skip: (n: number) => (calls.push(['skip', n]), query(c)),
    limit: (n: number) => (calls.push(['limit', n]), query(c)),
    get: async () => (calls.push(['get', c]), { data: [...docs.values()].filter((x) => x.__c === c) }),
    count: async () => (calls.push(['count', c]), { total: 7 }),
  });
  const docRef = (c: string, id: string) => ({
    get: async () => {
      calls.push(['doc.get', c, id]);
      if (id === 'forbidden') throw sdkError('document.get', 'permission denied', -502003);
      const found = docs.get(`${c}/${id}`);
      if (!found) throw sdkError('document.get', `document with _id ${id} does not exist`, -1);
      const { __c, ...rest } = found;
      return { data: { _id: id, ...rest } };
    },
    set: async ({ data }: { data: Record<string, unknown> }) => {
      calls.push(['doc.set', c, id, data]);
      if ('_id' in data) throw sdkError('document.set', '不能更新_id的值', -501007);
      docs.set(`${c}/${id}`, { __c: c, ...data });
    },
    update: async ({ data }: { data: Record<string, unknown> }) => {
      calls.push(['doc.update', c, id, data]);
      const found = docs.get(`${c}/${id}`);
      return { stats: { updated: found && !data.same ? 1 : 0 } };
    },
    remove: async () => (calls.push(['doc.remove', c, id]), { stats: { removed: docs.delete(`${c}/${id}`) ? 1 : 0 } }),
  });
  const collection = (c: string) => ({
    ...query(c),
    doc: (id: string) => docRef(c, id),
    add: async ({ data }: { data: Record<string, unknown> }) => {
      calls.push(['add', c, data]);
      const key = `${c}/${data._id}`;
      if (docs.has(key)) throw sdkError('collection.add', '[DATABASE_DUPLICATE_WRITE] E11000 duplicate key error');
      const { _id, ...rest } = data;
      docs.set(key, { __c: c, ...rest });
      return { _id };
    },
  });
  let conflicts = opts.conflicts ?? 0;
  const db = {
    command,
    collection,
    runTransaction: async (fn: (t: unknown) => Promise<unknown>) => {
      calls.push(['runTransaction']);
      const out = await fn({ collection });
      if (conflicts-- > 0) throw sdkError('transaction.commit', 'DATABASE_TRANSACTION_CONFLICT: database transaction conflict');
      return out;
    },
  };
  return { db, calls, docs };
}

describe('CloudBase adapter against a FAKE db (the real cloud is unreachable here)', () => {
  const collections = { items: { indexes: [['kind']] } };
  const open = (opts?: { conflicts?: number }) => {
    const fake = fakeCloudDb(opts);
    return { ...fake, store: openCloudBaseStore({ db: fake.db, collections }) };
  };

  it('translates Where, orderBy, skip and limit into db.command calls', async () => {
    const { store, calls } = open();
    await store.find('items', {
      where: { kind: { $in: ['issue', 'poll'] }, rank: { $gte: 2, $lt: 5 }, 'meta.level': 3, open: true, owner: { $ne: null }, at: { $gt: '2024' } },
      orderBy: [['rank', 'desc']],
      limit: 20,
      skip: 40,
    });
    expect(calls).toEqual([
      ['where', 'items', {
        kind: { $cmd: 'in', v: ['issue', 'poll'] },
        rank: { $cmd: 'and', v: [{ $cmd: 'gte', v: 2 }, { $cmd: 'lt', v: 5 }] },
        'meta.level': 3, open: true, owner: { $cmd: 'neq', v: null }, at: { $cmd: 'gt', v: '2024' },
      }],
      ['orderBy', 'rank', 'desc'],
      ['orderBy', '_id', 'desc'], // the tie-break follows the last key's direction
      ['skip', 40],
      ['limit', 20],
      ['get', 'items'],
    ]);
  });

  it('always pages by at most 100 and refuses limit 101, bad operators and bad field names before calling the db', async () => {
    const { store, calls } = open();
    await store.find('items');
    expect(calls).toContainEqual(['limit', 100]);
    calls.length = 0;
    for (const bad of [
      store.find('items', { limit: 101 }),
      store.find('items', { where: { kind: { $regex: 'x' } as never } }),
      store.find('items', { where: { 'a;b': 1 } }),
      store.count('items', { rank: { $gt: 1, $lt: 'z' } as never }),
      store.get('undeclared', 'x'),
    ]) {
      await expect(bad).rejects.toMatchObject({ name: 'StoreError', code: 'bad_query' });
    }
    expect(calls).toEqual([]);
    expect(() => toCloudWhere(fakeCloudDb().db.command as never, { k: { $in: new Array(101).fill(1) } })).toThrow(StoreError);
  });

  it('maps a missing document to null but lets other errors through', async () => {
    const { store } = open();
    expect(await store.get('items', 'nope')).toBeNull();
    await expect(store.get('items', 'forbidden')).rejects.toMatchObject({ errCode: -502003 });
  });

  it('inserts with add({_id}) and maps the duplicate-key error to StoreError("duplicate")', async () => {
    const { store, calls } = open();
    await store.insert('items', { _id: 'ballot:p1:u1', choice: 'yes' });
    expect(calls).toContainEqual(['add', 'items', { _id: 'ballot:p1:u1', choice: 'yes' }]);
    const e = await store.insert('items', { _id: 'ballot:p1:u1', choice: 'no' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('duplicate');
    expect(isDuplicateError({ errCode: -502001, errMsg: 'duplicate key' })).toBe(true);
    expect(isDuplicateError({ code: 'DATABASE_DUPLICATE_WRITE', message: 'x' })).toBe(true);
    expect(isDuplicateError({ errCode: -502003, errMsg: 'permission denied' })).toBe(false);
  });

  it('set keeps _id out of the data; update replaces nested objects via _.set and reports missing documents', async () => {
    const { store, calls } = open();
    await store.set('items', { _id: 'a', title: '公告', meta: { level: 1 } });
    expect(calls).toContainEqual(['doc.set', 'items', 'a', { title: '公告', meta: { level: 1 } }]);
    expect(await store.update('items', 'a', { meta: { level: 2 }, list: [1], n: null })).toBe(true);
    expect(calls).toContainEqual(['doc.update', 'items', 'a', { meta: { $cmd: 'set', v: { level: 2 } }, list: [1], n: null }]);
    expect(await store.update('items', 'a', { same: true })).toBe(true); // updated 0, but it exists
    expect(await store.update('items', 'gone', { x: 1 })).toBe(false);
    await expect(store.update('items', 'a', { _id: 'b' })).rejects.toMatchObject({ code: 'bad_query' });
  });

  it('increment is one update with _.inc', async () => {
    const { store, calls } = open();
    await store.insert('items', { _id: 'k', votes: 1 });
    expect(await store.increment('items', 'k', { votes: 1, area: 250 })).toBe(true);
    expect(calls).toContainEqual(['doc.update', 'items', 'k', { votes: { $cmd: 'inc', v: 1 }, area: { $cmd: 'inc', v: 250 } }]);
    expect(await store.increment('items', 'none', { votes: 1 })).toBe(false);
  });

  it('updateIf reads and compares inside runTransaction, and updates only on a match', async () => {
    const { store, calls } = open();
    await store.insert('items', { _id: 'c', status: 'open', n: 1 });
    calls.length = 0;
    expect(await store.updateIf('items', 'c', { status: 'closed' }, { status: 'x' })).toBeNull();
    expect(calls.map((c) => c[0])).toEqual(['runTransaction', 'doc.get']);
    expect(await store.updateIf('items', 'c', { status: 'open' }, { status: 'claimed' })).toEqual({ _id: 'c', status: 'claimed', n: 1 });
    expect(calls).toContainEqual(['doc.update', 'items', 'c', { status: 'claimed' }]);
  });

  it('runs fn again on a transaction conflict, but not on other errors', async () => {
    const { store } = open({ conflicts: 2 });
    let runs = 0;
    expect(await store.transaction(async () => ++runs)).toBe(3);
    const other = open();
    let tries = 0;
    const fail = other.store.transaction(async () => {
      tries++;
      throw Object.assign(new Error('已被他人处理'), { code: 'conflict' });
    });
    await expect(fail).rejects.toThrow('已被他人处理');
    expect(tries).toBe(1);
  });

  it('insertMany adds every document inside one transaction and counts one op per document', async () => {
    const { store, calls } = open();
    const before = store.ops;
    await store.insertMany('items', [{ _id: 'm1' }, { _id: 'm2' }]);
    expect(store.ops - before).toBe(2);
    expect(calls.map((c) => c[0])).toEqual(['runTransaction', 'add', 'add']);
    await expect(store.insertMany('items', [{ _id: 'm3' }, { _id: 'm3' }])).rejects.toMatchObject({ code: 'duplicate' });
  });
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../server/store/sqlite';
import { startCheckpointer } from '../../server/store/sqliteCheckpointer';
import { StoreError } from '../../server/store/port';
import { contractSpecs, storeContract } from './contract';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-store-'));
let files = 0;
const tempFile = () => path.join(dir, `s${files++}.db`);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

storeContract('SQLite :memory:', () => openSqliteStore({ file: ':memory:', collections: contractSpecs() }));
storeContract('SQLite file', () => openSqliteStore({ file: tempFile(), collections: contractSpecs() }));
storeContract('SQLite file, checkpointed in the background', () => openSqliteStore({ file: tempFile(), collections: contractSpecs(), checkpoint: 'background' }));

describe('SQLite adapter specifics', () => {
  const specs = { items: { indexes: [['kind'], ['poll', 'unit'], ['meta.level']] } };

  it('turns WAL on for files, persisted in the file', async () => {
    const file = tempFile();
    const store = openSqliteStore({ file, collections: specs });
    await store.insert('items', { _id: 'a' });
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    await store.close();
  });

  it('with background checkpoints, a worker thread copies the WAL back and the commits never do', async () => {
    const file = tempFile();
    const store = openSqliteStore({ file, collections: specs, checkpoint: 'background' });
    // Well past SQLite's automatic threshold (1,000 pages of 4 KB), which the store's own connection no longer applies.
    const big = 'x'.repeat(6000);
    for (let i = 0; i < 800; i++) await store.insert('items', { _id: `w${i}`, kind: 'k', big });
    // Each WAL frame is a 4 KB page and a 24-byte header, after the file's 32-byte header.
    const walFrames = (fs.statSync(`${file}-wal`).size - 32) / (4096 + 24);
    expect(walFrames).toBeGreaterThan(1000);
    // Waits for the worker's state, not for a time: its checkpoint has copied every frame written.
    const caughtUp = () => store.checkpoints!.log >= walFrames && store.checkpoints!.checkpointed === store.checkpoints!.log;
    for (const deadline = Date.now() + 10_000; !caughtUp(); ) {
      if (Date.now() > deadline) throw new Error(`worker never caught up: ${JSON.stringify(store.checkpoints)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(store.checkpoints!.error).toBeUndefined();
    expect(fs.statSync(file).size).toBeGreaterThan(800 * 6000);
    await store.close();
    // The last connection to close checkpoints and removes the WAL: the worker's was closed first.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const again = openSqliteStore({ file, collections: specs });
    expect(await again.count('items', { kind: 'k' })).toBe(800);
    await again.close();
  });

  it('a checkpoint worker that cannot do its work hands the checkpoint back, once', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
    const handedBack = { times: 0 };
    // A file in a folder that does not exist: the worker's connection cannot open it.
    const worker = startCheckpointer(path.join(dir, 'no-such-folder', 'x.db'), () => handedBack.times++, 20);
    // Waits for the report, not for a time.
    for (const deadline = Date.now() + 10_000; !handedBack.times; ) {
      if (Date.now() > deadline) throw new Error('the failure was never reported');
      await new Promise((r) => setTimeout(r, 20));
    }
    await worker.stop();
    expect(handedBack.times).toBe(1);
    expect(worker.state.error).toMatch(/directory does not exist|unable to open/i);
    quiet.mockRestore();
  });

  it('without background checkpoints there is no worker to report', async () => {
    const store = openSqliteStore({ file: tempFile(), collections: specs });
    expect(store.checkpoints).toBeNull();
    await store.close();
  });

  it('keeps data across reopening a file', async () => {
    const file = tempFile();
    const a = openSqliteStore({ file, collections: specs });
    await a.insert('items', { _id: 'keep', title: '留存' });
    await a.close();
    const b = openSqliteStore({ file, collections: specs });
    expect(await b.get('items', 'keep')).toEqual({ _id: 'keep', title: '留存' });
    await b.close();
  });

  it('indexed queries search the declared expression index instead of scanning', async () => {
    const store = openSqliteStore({ file: ':memory:', collections: specs });
    await store.insertMany('items', Array.from({ length: 200 }, (_, i) => ({ _id: `d${i}`, kind: `k${i % 10}`, poll: `p${i % 7}`, unit: i, meta: { level: i % 4 } })));
    const plans = [
      ['items__kind', store.explain('items', { where: { kind: 'k1' } })],
      ['items__kind', store.explain('items', { where: { kind: { $in: ['k1', 'k2'] } } })],
      ['items__poll__unit', store.explain('items', { where: { poll: 'p3', unit: { $gte: 10 } }, orderBy: [['unit', 'asc']] })],
      ['items__meta.level', store.explain('items', { where: { 'meta.level': 2 } })],
    ] as const;
    for (const [index, plan] of plans) {
      expect(plan.join('\n')).toContain(`USING INDEX ${index}`);
      expect(plan.some((d) => /^SCAN items\b/.test(d))).toBe(false);
    }
    // The control: an undeclared field has no index to use.
    expect(store.explain('items', { where: { title: 'x' } }).some((d) => /^SCAN items\b/.test(d))).toBe(true);
    await store.close();
  });

  it('a string range matches strings only (never a number, boolean, null, object or array), answered from the index', async () => {
    const store = openSqliteStore({ file: ':memory:', collections: specs });
    await store.insertMany('items', [
      { _id: 's1', kind: 'b' },
      { _id: 's2', kind: '{ looks like an object' },
      { _id: 's3', kind: '[0]' },
      { _id: 'n', kind: 5 },
      { _id: 't', kind: true },
      { _id: 'z', kind: null },
      { _id: 'o', kind: { a: 1 } },
      { _id: 'a', kind: [1] },
    ]);
    const ids = async (where: Record<string, unknown>) => (await store.find('items', { where: where as never })).map((d) => d._id).sort();
    expect(await ids({ kind: { $lt: 'c' } })).toEqual(['s1', 's3']);
    expect(await ids({ kind: { $gte: '' } })).toEqual(['s1', 's2', 's3']);
    expect(await ids({ kind: { $gt: '[', $lte: '{ z' } })).toEqual(['s1', 's2', 's3']);
    expect(await store.count('items', { kind: { $lt: '|' } })).toBe(3);
    // An upper bound before '[' (an ISO time, as waitlist positions count) leaves out objects and arrays by itself.
    await store.insertMany('items', [{ _id: 'iso', kind: '2026-12-07T03:00:00.000Z' }, { _id: 'low', kind: ' [' }]);
    expect(await ids({ kind: { $lt: '2026-12-08' } })).toEqual(['iso', 'low']);
    expect(await ids({ kind: { $gte: '', $lte: '2026-12-07T03:00:00.000Z' } })).toEqual(['iso', 'low']);
    expect(await store.count('items', { kind: { $lt: 'Z' } })).toBe(2);
    // The range and its type check come from the index on kind: no temporary sort, no other index.
    expect(store.explain('items', { where: { kind: { $lt: 'c' } }, orderBy: [['kind', 'asc']] })).toEqual([expect.stringContaining('USING INDEX items__kind')]);
    await store.close();
  });

  it('keeps a range with a low upper bound apart from one past [ in its statement cache', async () => {
    // The low bound's SQL leaves out the type check; reused for a bound past '[', it would let objects in.
    const store = openSqliteStore({ file: ':memory:', collections: specs });
    await store.insertMany('items', [{ _id: 'iso', kind: '2026-12-07' }, { _id: 'word', kind: 'b' }, { _id: 'o', kind: { a: 1 } }, { _id: 'a', kind: [1] }]);
    const ids = async (upper: string) => (await store.find('items', { where: { kind: { $lt: upper } } })).map((d) => d._id).sort();
    expect(await ids('2027')).toEqual(['iso']);
    expect(await store.count('items', { kind: { $lt: '2027' } })).toBe(1);
    expect(await ids('|')).toEqual(['iso', 'word']);
    expect(await store.count('items', { kind: { $lt: '|' } })).toBe(2);
    await store.close();
  });

  it('hands out documents with _id as their first field, from get, find and a transaction, even an empty one', async () => {
    // The compound view (scoped.ts) removes compoundId, stamped last: it must stay the last field.
    const store = openSqliteStore({ file: ':memory:', collections: specs });
    await store.insert('items', { _id: 'p/1', kind: 'k', title: '引号"和\\斜杠', compoundId: 'p' });
    await store.insert('items', { _id: 'p/"2"' });
    const one = await store.get('items', 'p/1');
    expect(Object.keys(one!)).toEqual(['_id', 'kind', 'title', 'compoundId']);
    expect(one!.title).toBe('引号"和\\斜杠');
    expect(await store.get('items', 'p/"2"')).toEqual({ _id: 'p/"2"' });
    expect((await store.find('items', { orderBy: [['_id', 'asc']] })).map((d) => Object.keys(d)[0])).toEqual(['_id', '_id']);
    const inTx = await store.transaction((tx) => tx.get('items', 'p/1'));
    expect(Object.keys(inTx!)).toEqual(['_id', 'kind', 'title', 'compoundId']);
    await store.close();
  });

  it('refuses injection-looking field and collection names before any SQL runs', async () => {
    const store = openSqliteStore({ file: ':memory:', collections: specs });
    await store.insert('items', { _id: 'a', kind: 'x' });
    for (const field of ["kind') OR 1=1 --", 'kind"', 'a..b', '1abc', 'kind;', '$.kind', '']) {
      await expect(store.find('items', { where: { [field]: 'x' } })).rejects.toMatchObject({ code: 'bad_query' });
    }
    await expect(store.increment('items', 'a', { "n', 1) --": 1 })).rejects.toBeInstanceOf(StoreError);
    expect(() => openSqliteStore({ file: ':memory:', collections: { 'items; DROP TABLE x': { indexes: [] } } })).toThrow(StoreError);
    expect(await store.count('items')).toBe(1);
    await store.close();
  });

  it('holds _id uniqueness across two connections to one file', async () => {
    const file = tempFile();
    const a = openSqliteStore({ file, collections: specs });
    const b = openSqliteStore({ file, collections: specs });
    const ids = Array.from({ length: 50 }, (_, i) => `ballot:p1:u${i}`);
    const results = await Promise.allSettled(ids.flatMap((id) => [a.insert('items', { _id: id, by: 'a' }), b.insert('items', { _id: id, by: 'b' })]));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(50);
    expect(results.filter((r) => r.status === 'rejected').every((r) => ((r as PromiseRejectedResult).reason as StoreError).code === 'duplicate')).toBe(true);
    expect(await a.count('items')).toBe(50);
    await a.close();
    await b.close();
  });

  it('holds _id uniqueness and exact increments with four processes racing on one file', async () => {
    const file = tempFile();
    const setup = openSqliteStore({ file, collections: specs });
    await setup.insert('items', { _id: 'tally', n: 0 });
    await setup.close();
    const script = path.join(dir, 'racer.ts');
    fs.writeFileSync(
      script,
      `import { openSqliteStore } from ${JSON.stringify(path.resolve(__dirname, '../../server/store/sqlite.ts'))};
const [file, startAt] = [process.argv[2], Number(process.argv[3])];
const store = openSqliteStore({ file, collections: ${JSON.stringify(specs)} });
(async () => {
while (Date.now() < startAt) {}
let won = 0, dup = 0;
for (let i = 0; i < 100; i++) {
  try { await store.insert('items', { _id: 'ballot:p1:u' + i, pid: process.pid }); won++; }
  catch (e) { if ((e as { code?: string }).code === 'duplicate') dup++; else throw e; }
  await store.increment('items', 'tally', { n: 1 });
  await store.transaction(async (tx) => { const t = await tx.get('items', 'tally'); await tx.update('items', 'tally', { m: ((t!.m as number) ?? 0) + 1 }); });
}
console.log(JSON.stringify({ won, dup }));
await store.close();
})().catch((e) => { console.error(e); process.exit(1); });`,
    );
    const tsx = require.resolve('tsx/cli');
    // Each process busy-waits to a common instant (tsx starts in about 1 s here), so they really race.
    const startAt = Date.now() + 2500;
    const outs = await Promise.all(
      Array.from({ length: 4 }, () =>
        new Promise<{ won: number; dup: number }>((resolve, reject) =>
          execFile(process.execPath, [tsx, script, file, String(startAt)], { cwd: dir }, (err, stdout, stderr) =>
            err ? reject(new Error(stderr || String(err))) : resolve(JSON.parse(stdout.trim().split('\n').pop()!)),
          ),
        ),
      ),
    );
    expect(outs.reduce((s, o) => s + o.won, 0)).toBe(100);
    expect(outs.every((o) => o.won + o.dup === 100)).toBe(true);
    const check = openSqliteStore({ file, collections: specs });
    expect(await check.count('items', { _id: { $ne: 'tally' } })).toBe(100);
    expect(await check.get('items', 'tally')).toMatchObject({ n: 400, m: 400 });
    await check.close();
  }, 60_000);
});

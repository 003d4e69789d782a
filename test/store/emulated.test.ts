import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvocationKilled, StoreTimeoutError, openEmulatedStore, type EmulatedOptions } from '../../server/store/emulated';
import { StoreError, instanceOf, type Doc } from '../../server/store/port';
import { openSqliteStore } from '../../server/store/sqlite';
import { contractSpecs, storeContract } from './contract';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-emulated-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The contract runs without latency (the semantics are what it checks, not the clock).
storeContract('emulated CloudBase over SQLite :memory:', () => openEmulatedStore(openSqliteStore({ file: ':memory:', collections: contractSpecs() }), { latencyMs: 0 }));
storeContract('emulated CloudBase over a SQLite file', () => openEmulatedStore(openSqliteStore({ file: path.join(dir, `c${Date.now()}${Math.random()}.db`), collections: contractSpecs() }), { latencyMs: 0 }));

const specs = { items: { indexes: [['kind']] } };
const open = (options: EmulatedOptions = {}) => openEmulatedStore(openSqliteStore({ file: ':memory:', collections: specs }), { latencyMs: 0, ...options });
type N = Doc & { n: number };
/** A promise and the function that settles it: lets a test hold a transaction open at a chosen point. */
const gate = () => {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
};

describe('emulated CloudBase: snapshot-isolated transactions', () => {
  it('allows write skew: two transactions each reading what the other writes both commit, each fn run once', async () => {
    const store = open();
    await store.insertMany('items', [{ _id: 'a', n: 1 }, { _id: 'b', n: 1 }]);
    const bothRead = [gate(), gate()];
    let runs = 0;
    // Each moves one unit off the other's record if the sum allows it: serialisable would refuse one.
    const shift = (read: string, write: string, me: number) =>
      store.transaction(async (tx) => {
        runs++;
        const other = (await tx.get<N>('items', read))!;
        bothRead[me].open();
        await bothRead[1 - me].wait;
        if (other.n + (await tx.get<N>('items', write))!.n >= 2) await tx.update('items', write, { n: 0 });
      });
    await Promise.all([shift('a', 'b', 0), shift('b', 'a', 1)]);
    expect(runs).toBe(2);
    expect([(await store.get<N>('items', 'a'))!.n, (await store.get<N>('items', 'b'))!.n]).toEqual([0, 0]);
  });

  it('detects a write-write conflict and runs fn again on the new value, losing no update', async () => {
    const store = open();
    await store.insert('items', { _id: 'c', n: 0 });
    const read = gate();
    const written = gate();
    let runs = 0;
    const slow = store.transaction(async (tx) => {
      runs++;
      const cur = (await tx.get<N>('items', 'c'))!;
      read.open();
      if (runs === 1) await written.wait;
      await tx.set('items', { _id: 'c', n: cur.n + 1 });
    });
    await read.wait;
    await store.transaction(async (tx) => tx.set('items', { _id: 'c', n: (await tx.get<N>('items', 'c'))!.n + 10 }));
    written.open();
    await slow;
    expect(runs).toBe(2);
    expect((await store.get<N>('items', 'c'))!.n).toBe(11);
  });

  it('reads the snapshot taken when the transaction began, not writes landed since', async () => {
    const store = open();
    await store.insertMany('items', [{ _id: 'x', n: 1 }, { _id: 'y', n: 1 }]);
    const started = gate();
    const changed = gate();
    const seen = store.transaction(async (tx) => {
      await tx.get('items', 'x');
      started.open();
      await changed.wait;
      return (await tx.get<N>('items', 'y'))!.n;
    });
    await started.wait;
    await store.update('items', 'y', { n: 2 });
    changed.open();
    expect(await seen).toBe(1);
    expect((await store.get<N>('items', 'y'))!.n).toBe(2);
  });

  it('makes a plain write to a record locked by an open transaction wait for its commit, then land on top', async () => {
    const store = open();
    await store.insert('items', { _id: 'l', n: 0 });
    const locked = gate();
    const release = gate();
    const tx = store.transaction(async (t) => {
      await t.update('items', 'l', { n: 1, by: 'tx' });
      locked.open();
      await release.wait;
    });
    await locked.wait;
    let plainDone = false;
    const plain = store.invocation().update('items', 'l', { by: 'plain' }).then(() => (plainDone = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(plainDone).toBe(false);
    release.open();
    await Promise.all([tx, plain]);
    expect(await store.get('items', 'l')).toEqual({ _id: 'l', n: 1, by: 'plain' });
  });

  it('rolls back a transaction not committed within its 10 s validity, without running it again', async () => {
    const store = open({ latencyMs: 1000, jitterMs: 0 });
    let runs = 0;
    const run = store.invocation({ budgetMs: 60_000 }).transaction(async (tx) => {
      runs++;
      for (let i = 0; i < 11; i++) await tx.set('items', { _id: `v${i}`, n: i });
    });
    await expect(run).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/expired/) });
    expect(runs).toBe(1);
    expect(await store.inner.count('items')).toBe(0);
  });
});

describe('emulated CloudBase: faults and the time budget', () => {
  it('a timeout after a write leaves the write in place while the caller sees the timeout', async () => {
    const store = open();
    const inv = store.invocation({ cut: { atWrite: 1, kind: 'timeoutAfterWrite' } });
    const e = await inv.insert('items', { _id: 't', n: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StoreTimeoutError);
    expect(e).toBeInstanceOf(StoreError);
    expect(await store.inner.get('items', 't')).toEqual({ _id: 't', n: 1 });
  });

  it('a failed write never lands; the invocation goes on', async () => {
    const store = open();
    const inv = store.invocation({ cut: { atWrite: 1, kind: 'fail' } });
    await expect(inv.insert('items', { _id: 'f', n: 1 })).rejects.toMatchObject({ code: 'unavailable' });
    expect(await store.inner.get('items', 'f')).toBeNull();
    await inv.insert('items', { _id: 'g', n: 1 });
    expect(inv.writes).toBe(2);
    expect(inv.killed).toBe(false);
  });

  it('a kill at the 2nd write keeps the 1st, stops the rest, and rolls back an open transaction', async () => {
    const store = open();
    const inv = store.invocation({ cut: { atWrite: 3, kind: 'kill' } });
    await inv.insert('items', { _id: 'k1', n: 1 });
    const tx = inv.transaction(async (t) => {
      await t.insert('items', { _id: 'k2', n: 2 }); // write 2, buffered
      await t.insert('items', { _id: 'k3', n: 3 }); // write 3: killed here
    });
    await expect(tx).rejects.toBeInstanceOf(InvocationKilled);
    await expect(inv.insert('items', { _id: 'k4', n: 4 })).rejects.toBeInstanceOf(InvocationKilled);
    await expect(inv.get('items', 'k1')).rejects.toBeInstanceOf(InvocationKilled);
    expect(inv.killed).toBe(true);
    expect((await store.inner.find('items')).map((d) => d._id)).toEqual(['k1']);
  });

  it('cuts an invocation off at its budget: the write in flight lands, later calls fail, an open transaction rolls back', async () => {
    const store = open({ latencyMs: 30, jitterMs: 0 });
    const inv = store.invocation({ budgetMs: 100 });
    for (const id of ['b1', 'b2', 'b3']) await inv.insert('items', { _id: id, n: 0 }); // 30, 60, 90 ms
    const tx = inv.transaction(async (t) => {
      await t.set('items', { _id: 'b1', n: 1 }); // 120 ms: past the budget
      await t.set('items', { _id: 'b2', n: 1 });
    });
    await expect(tx).rejects.toBeInstanceOf(InvocationKilled);
    await expect(inv.insert('items', { _id: 'b5', n: 0 })).rejects.toBeInstanceOf(InvocationKilled);
    expect(inv.killed).toBe(true);
    expect(inv.elapsedMs).toBe(120);
    expect(await store.inner.find('items')).toEqual(['b1', 'b2', 'b3'].map((_id) => ({ _id, n: 0 })));
    // And a plain write straddling the deadline lands although its caller never hears of it.
    const late = store.invocation({ budgetMs: 100 });
    for (const id of ['c1', 'c2', 'c3']) await late.insert('items', { _id: id, n: 0 });
    await expect(late.insert('items', { _id: 'c4', n: 0 })).rejects.toBeInstanceOf(InvocationKilled);
    expect(await store.inner.get('items', 'c4')).toEqual({ _id: 'c4', n: 0 });
  });

  it('replays the same faults from the same seed, and others from another', async () => {
    const pattern = async (seed: number) => {
      const store = open({ seed, transientRate: 0.2, timeoutRate: 0.1 });
      const out: string[] = [];
      for (let i = 0; i < 60; i++) {
        const inv = store.invocation();
        out.push(await inv.insert('items', { _id: `s${i}`, n: i }).then(() => 'ok', (e: Error) => e.name));
      }
      return { out, landed: await store.inner.count('items') };
    };
    const a = await pattern(7);
    expect(await pattern(7)).toEqual(a);
    expect((await pattern(8)).out).not.toEqual(a.out);
    expect(new Set(a.out)).toEqual(new Set(['ok', 'StoreError', 'StoreTimeoutError']));
    // Timeouts landed, failures did not.
    expect(a.landed).toBe(a.out.filter((o) => o !== 'StoreError').length);
  });

  it('refuses a page over 100 records, as a cloud function\'s get() does', async () => {
    const store = open();
    await expect(store.invocation().find('items', { limit: 101 })).rejects.toMatchObject({ code: 'bad_query', message: expect.stringMatching(/100/) });
    expect(await store.invocation().find('items', { limit: 100 })).toEqual([]);
  });

  it('ties every invocation to its store, the function instance a module-level cache should live with', () => {
    const store = open();
    const [a, b] = [store.invocation(), store.invocation()];
    expect(a).not.toBe(b);
    expect(instanceOf(a)).toBe(store);
    expect(instanceOf(b)).toBe(store);
    expect(instanceOf(store.inner)).toBe(store.inner);
  });

  it('counts latency on the virtual clock per invocation, with seeded jitter', async () => {
    const store = open({ latencyMs: 15, jitterMs: 5 });
    const inv = store.invocation();
    for (let i = 0; i < 20; i++) await inv.get('items', 'none');
    expect(inv.elapsedMs).toBeGreaterThanOrEqual(20 * 10);
    expect(inv.elapsedMs).toBeLessThanOrEqual(20 * 20);
    expect(inv.elapsedMs).not.toBe(300);
    expect(store.invocation().elapsedMs).toBe(0);
    // Calls issued together overlap: twenty at once cost one round trip.
    const together = store.invocation();
    await Promise.all(Array.from({ length: 20 }, () => together.get('items', 'none')));
    expect(together.elapsedMs).toBeGreaterThanOrEqual(10);
    expect(together.elapsedMs).toBeLessThanOrEqual(20);
  });
});

describe('the functions\' timeout, kept in one place', () => {
  it('docs/deploy.md tells the deployer the timeouts server/cloud/limits.ts holds', async () => {
    const { CLOUD_LIMITS } = await import('../../server/cloud/limits');
    const doc = fs.readFileSync('docs/deploy.md', 'utf8');
    expect(doc).toContain(`timeout ${CLOUD_LIMITS.apiTimeoutMs / 1000} s (${CLOUD_LIMITS.jobsTimeoutMs / 1000} s for \`jobs\`)`);
    expect(doc).toContain('server/cloud/limits.ts');
  });
});

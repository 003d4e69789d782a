// The Store port's contract: every adapter must pass this suite. Each test works under its own
// random `tag` and `_id` prefix, so it also runs on persistent shared collections (CloudBase).
import { StoreError, type CollectionSpecs, type Doc, type Store, type StoreErrorCode } from '../../server/store/port';

/** The collections the contract uses; openers must declare exactly these. */
export function contractSpecs(prefix = ''): CollectionSpecs {
  return {
    [`${prefix}items`]: { indexes: [['tag'], ['tag', 'kind'], ['tag', 'rank'], ['meta.level']] },
    [`${prefix}counters`]: { indexes: [] },
  };
}

let seq = 0;
const uniq = () => `t${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function expectStoreError(p: Promise<unknown>, code: StoreErrorCode): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StoreError);
  expect((e as StoreError).code).toBe(code);
}

export function storeContract(name: string, open: () => Promise<Store> | Store, prefix = ''): void {
  const ITEMS = `${prefix}items`;
  const COUNTERS = `${prefix}counters`;

  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let tag: string;
    const id = (s: string) => `${tag}:${s}`;
    const short = (docs: Doc[]) => docs.map((d) => d._id.slice(tag.length + 1));
    const sorted = (docs: Doc[]) => short(docs).sort();
    beforeEach(async () => {
      store = await open();
      tag = uniq();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('single documents', () => {
      it('round-trips nested objects, booleans, null, numbers and Chinese text exactly', async () => {
        const doc = {
          _id: id('a'), tag, title: '三号楼漏水，请物业尽快处理 🏠', empty: '', zero: 0, neg: -12, big: 2 ** 40, frac: 12.34,
          yes: true, no: false, nothing: null, list: [1, '二', null, false],
          nested: { level: 2, deep: { name: '业主委员会', flags: [true, false] } },
        };
        await store.insert(ITEMS, doc);
        const got = await store.get<typeof doc>(ITEMS, doc._id);
        expect(got).toEqual(doc);
        expect(got!.yes).toBe(true);
        expect(got!.no).toBe(false);
        expect(got!.nothing).toBeNull();
        expect(got!.zero).toBe(0);
      });

      it('get of a missing _id is null', async () => {
        expect(await store.get(ITEMS, id('missing'))).toBeNull();
      });

      it('insert of an existing _id is refused with "duplicate" and keeps the original', async () => {
        await store.insert(ITEMS, { _id: id('a'), title: '原件' });
        await expectStoreError(store.insert(ITEMS, { _id: id('a'), title: '冒名' }), 'duplicate');
        expect((await store.get(ITEMS, id('a')))!.title).toBe('原件');
      });

      it('set creates, then replaces the whole document', async () => {
        await store.set(ITEMS, { _id: id('s'), x: 1, y: 2 });
        expect(await store.get(ITEMS, id('s'))).toEqual({ _id: id('s'), x: 1, y: 2 });
        await store.set(ITEMS, { _id: id('s'), x: 3 });
        expect(await store.get(ITEMS, id('s'))).toEqual({ _id: id('s'), x: 3 });
      });

      it('update merges top-level fields, replaces nested objects whole, stores null and false', async () => {
        await store.insert(ITEMS, { _id: id('u'), x: 1, f: true, nested: { p: 1, q: 2 } });
        expect(await store.update(ITEMS, id('u'), { y: '新', nested: { p: 9 }, f: false, x: null })).toBe(true);
        expect(await store.get(ITEMS, id('u'))).toEqual({ _id: id('u'), x: null, y: '新', f: false, nested: { p: 9 } });
      });

      it('update reports true when the values do not change, false on a missing document (creating nothing)', async () => {
        await store.insert(ITEMS, { _id: id('u'), x: 1 });
        expect(await store.update(ITEMS, id('u'), { x: 1 })).toBe(true);
        expect(await store.update(ITEMS, id('nope'), { x: 1 })).toBe(false);
        expect(await store.get(ITEMS, id('nope'))).toBeNull();
      });

      it('update refuses to change _id', async () => {
        await store.insert(ITEMS, { _id: id('u'), x: 1 });
        await expectStoreError(store.update(ITEMS, id('u'), { _id: id('v') }), 'bad_query');
      });

      it('remove returns true once, then false, and the document is gone', async () => {
        await store.insert(ITEMS, { _id: id('r') });
        expect(await store.remove(ITEMS, id('r'))).toBe(true);
        expect(await store.remove(ITEMS, id('r'))).toBe(false);
        expect(await store.get(ITEMS, id('r'))).toBeNull();
      });

      it('refuses an undeclared collection with "bad_query"', async () => {
        await expectStoreError(store.get(`${prefix}undeclared`, id('x')), 'bad_query');
        await expectStoreError(store.insert(`${prefix}undeclared`, { _id: id('x') }), 'bad_query');
      });
    });

    describe('find and count', () => {
      // d.open is the number 1 and e.open the string 'true': neither may match `true`.
      // f.rank is the string '7' and f.meta.level the string '2': ranges on numbers skip them.
      const rows: Array<Record<string, unknown>> = [
        { s: 'a', kind: 'issue', rank: 3, open: true, owner: null, meta: { level: 1, area: '东区' } },
        { s: 'b', kind: 'issue', rank: 1, open: false, meta: { level: 2 } },
        { s: 'c', kind: 'poll', rank: 2, open: true, owner: 'u1', meta: { level: 3 } },
        { s: 'd', kind: 'poll', rank: 5, open: 1, owner: 'u2', meta: { level: 2 } },
        { s: 'e', kind: 'notice', rank: 4, open: 'true', owner: 'u1', meta: { level: 1 } },
        { s: 'f', kind: 'issue', rank: '7', open: false, owner: 'u3', meta: { level: '2' } },
      ];
      beforeEach(async () => {
        await store.insertMany(ITEMS, rows.map(({ s, ...r }) => ({ _id: id(s as string), tag, ...r })));
      });
      const q = async (where: Record<string, unknown>) => sorted(await store.find(ITEMS, { where: { tag, ...where } as never }));

      it('equality on strings, numbers and booleans compares type as well as value', async () => {
        expect(await q({ kind: 'issue' })).toEqual(['a', 'b', 'f']);
        expect(await q({ rank: 3 })).toEqual(['a']);
        expect(await q({ rank: 7 })).toEqual([]);
        expect(await q({ rank: '7' })).toEqual(['f']);
        expect(await q({ open: true })).toEqual(['a', 'c']);
        expect(await q({ open: false })).toEqual(['b', 'f']);
        expect(await q({ open: 1 })).toEqual(['d']);
      });

      it('$has matches an array field holding the value, or the value itself (MongoDB equality)', async () => {
        await store.insertMany(ITEMS, [
          { _id: id('r1'), tag, roles: ['owner', 'committee'] },
          { _id: id('r2'), tag, roles: ['staff'] },
          { _id: id('r3'), tag, roles: 'staff' },
        ]);
        expect(await q({ roles: { $has: 'staff' } })).toEqual(['r2', 'r3']);
        expect(await q({ roles: { $has: 'committee' } })).toEqual(['r1']);
        expect(await q({ roles: { $has: 'admin' } })).toEqual([]);
      });

      it('null matches null and missing fields', async () => {
        expect(await q({ owner: null })).toEqual(['a', 'b']);
      });

      it('$in matches any listed value; an empty list matches nothing', async () => {
        expect(await q({ kind: { $in: ['poll', 'notice'] } })).toEqual(['c', 'd', 'e']);
        expect(await q({ rank: { $in: [1, 2, '7'] } })).toEqual(['b', 'c', 'f']);
        expect(await q({ kind: { $in: [] } })).toEqual([]);
      });

      it('$ne excludes the value and keeps missing fields; $ne null keeps only present values', async () => {
        expect(await q({ kind: { $ne: 'issue' } })).toEqual(['c', 'd', 'e']);
        expect(await q({ owner: { $ne: 'u1' } })).toEqual(['a', 'b', 'd', 'f']);
        expect(await q({ owner: { $ne: null } })).toEqual(['c', 'd', 'e', 'f']);
        expect(await q({ open: { $ne: true } })).toEqual(['b', 'd', 'e', 'f']);
      });

      it('$gt/$gte/$lt/$lte compare numbers with numbers and strings with strings', async () => {
        expect(await q({ rank: { $gt: 1, $lte: 4 } })).toEqual(['a', 'c', 'e']);
        expect(await q({ rank: { $gte: 3 } })).toEqual(['a', 'd', 'e']);
        expect(await q({ rank: { $lt: 3 } })).toEqual(['b', 'c']);
        expect(await q({ owner: { $gte: 'u2' } })).toEqual(['d', 'f']);
        expect(await q({ owner: { $gt: 'u', $lt: 'u2' } })).toEqual(['c', 'e']);
      });

      it('dotted fields reach into nested objects', async () => {
        expect(await q({ 'meta.level': 2 })).toEqual(['b', 'd']);
        expect(await q({ 'meta.level': { $gte: 2 } })).toEqual(['b', 'c', 'd']);
        expect(await q({ 'meta.area': '东区' })).toEqual(['a']);
      });

      it('several conditions combine with AND', async () => {
        expect(await q({ kind: 'issue', open: false })).toEqual(['b', 'f']);
        expect(await store.count(ITEMS, { tag, kind: 'issue', open: false })).toBe(2);
      });

      it('orderBy sorts asc/desc on several keys, dotted ones too', async () => {
        const where = { tag, rank: { $gte: 0 } };
        expect(short(await store.find(ITEMS, { where, orderBy: [['kind', 'asc'], ['rank', 'desc']] }))).toEqual(['a', 'b', 'e', 'd', 'c']);
        expect(short(await store.find(ITEMS, { where, orderBy: [['kind', 'desc'], ['rank', 'asc']] }))).toEqual(['c', 'd', 'e', 'b', 'a']);
        expect(short(await store.find(ITEMS, { where, orderBy: [['meta.level', 'desc'], ['_id', 'asc']] }))).toEqual(['c', 'b', 'd', 'a', 'e']);
      });

      it('count honours where', async () => {
        expect(await store.count(ITEMS, { tag })).toBe(6);
        expect(await store.count(ITEMS, { tag, kind: { $in: ['poll'] } })).toBe(2);
        expect(await store.count(ITEMS, { tag, 'meta.level': { $lt: 2 } })).toBe(2);
      });

      it('refuses unknown operators and injection-looking field names with "bad_query"', async () => {
        await expectStoreError(store.find(ITEMS, { where: { tag, rank: { $regex: 'x' } as never } }), 'bad_query');
        await expectStoreError(store.find(ITEMS, { where: { "x') OR 1=1 --": 1 } }), 'bad_query');
        await expectStoreError(store.find(ITEMS, { where: { tag }, orderBy: [['rank;DROP TABLE items', 'asc']] }), 'bad_query');
        await expectStoreError(store.count(ITEMS, { 'a"b': 1 }), 'bad_query');
      });
    });

    describe('pages', () => {
      beforeEach(async () => {
        const docs = Array.from({ length: 120 }, (_, i) => ({ _id: id(`p${String(i).padStart(3, '0')}`), tag, n: i, grp: i % 3 }));
        await store.insertMany(ITEMS, docs);
      });

      it('limit defaults to 100; 101, 0 and fractions are refused, as is a negative skip', async () => {
        expect(await store.find(ITEMS, { where: { tag } })).toHaveLength(100);
        expect(await store.find(ITEMS, { where: { tag }, limit: 7 })).toHaveLength(7);
        await expectStoreError(store.find(ITEMS, { where: { tag }, limit: 101 }), 'bad_query');
        await expectStoreError(store.find(ITEMS, { where: { tag }, limit: 0 }), 'bad_query');
        await expectStoreError(store.find(ITEMS, { where: { tag }, limit: 2.5 }), 'bad_query');
        await expectStoreError(store.find(ITEMS, { where: { tag }, skip: -1 }), 'bad_query');
      });

      it('skip paging visits every document exactly once, even when sort keys tie', async () => {
        for (const orderBy of [[['n', 'asc']], [['grp', 'desc']]] as Array<Array<[string, 'asc' | 'desc']>>) {
          const seen: number[] = [];
          for (let skip = 0; ; skip += 25) {
            const page = await store.find<Doc & { n: number }>(ITEMS, { where: { tag }, orderBy, limit: 25, skip });
            seen.push(...page.map((d) => d.n));
            if (page.length < 25) break;
          }
          expect(seen).toHaveLength(120);
          expect(new Set(seen).size).toBe(120);
        }
        const byN = await store.find<Doc & { n: number }>(ITEMS, { where: { tag }, orderBy: [['n', 'desc']], limit: 3, skip: 1 });
        expect(byN.map((d) => d.n)).toEqual([118, 117, 116]);
      });

      it('count is not capped at a page', async () => {
        expect(await store.count(ITEMS, { tag })).toBe(120);
        expect(await store.count(ITEMS, { tag, grp: 1 })).toBe(40);
        expect(await store.count(ITEMS, { tag, n: { $lt: 10 } })).toBe(10);
      });
    });

    describe('atomic single-document updates', () => {
      it('updateIf applies the patch only while the expectation holds and returns the whole document', async () => {
        await store.insert(ITEMS, { _id: id('c'), status: 'open', claimedBy: null, n: 1 });
        expect(await store.updateIf(ITEMS, id('c'), { status: 'closed' }, { claimedBy: 'x' })).toBeNull();
        expect((await store.get(ITEMS, id('c')))!.claimedBy).toBeNull();
        const won = await store.updateIf(ITEMS, id('c'), { status: 'open', claimedBy: null }, { status: 'claimed', claimedBy: 'u1' });
        expect(won).toEqual({ _id: id('c'), status: 'claimed', claimedBy: 'u1', n: 1 });
        expect(await store.get(ITEMS, id('c'))).toEqual(won);
        expect(await store.updateIf(ITEMS, id('c'), { status: 'open' }, { claimedBy: 'u2' })).toBeNull();
        expect(await store.updateIf(ITEMS, id('none'), {}, { x: 1 })).toBeNull();
        expect(await store.get(ITEMS, id('none'))).toBeNull();
      });

      it('updateIf: of 50 concurrent claimants exactly one wins', async () => {
        await store.insert(ITEMS, { _id: id('c'), status: 'open' });
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) => store.updateIf(ITEMS, id('c'), { status: 'open' }, { status: 'claimed', claimedBy: `u${i}` })),
        );
        const winners = results.filter((r) => r !== null);
        expect(winners).toHaveLength(1);
        expect((await store.get(ITEMS, id('c')))!.claimedBy).toBe(winners[0]!.claimedBy);
      });

      it('increment: 200 concurrent calls sum exactly, missing fields start at 0', async () => {
        await store.insert(COUNTERS, { _id: id('k'), votes: 0 });
        const oks = await Promise.all(Array.from({ length: 200 }, () => store.increment(COUNTERS, id('k'), { votes: 1, area: 3 })));
        expect(oks.every((ok) => ok === true)).toBe(true);
        expect(await store.increment(COUNTERS, id('k'), { votes: -5 })).toBe(true);
        expect(await store.get(COUNTERS, id('k'))).toEqual({ _id: id('k'), votes: 195, area: 600 });
      });

      it('increment of a missing document returns false and creates nothing', async () => {
        expect(await store.increment(COUNTERS, id('none'), { votes: 1 })).toBe(false);
        expect(await store.get(COUNTERS, id('none'))).toBeNull();
      });
    });

    describe('transactions and batches', () => {
      beforeEach(async () => {
        await store.insertMany(ITEMS, [{ _id: id('x'), n: 1 }, { _id: id('w'), n: 0 }]);
      });

      it('commits every write together and returns what fn returns', async () => {
        const out = await store.transaction(async (tx) => {
          const x = await tx.get<Doc & { n: number }>(ITEMS, id('x'));
          await tx.update(ITEMS, id('x'), { n: x!.n + 1 });
          await tx.insert(ITEMS, { _id: id('y'), made: true });
          await tx.set(ITEMS, { _id: id('z'), n: 9 });
          expect(await tx.remove(ITEMS, id('w'))).toBe(true);
          return 'done';
        });
        expect(out).toBe('done');
        expect((await store.get(ITEMS, id('x')))!.n).toBe(2);
        expect(await store.get(ITEMS, id('y'))).toEqual({ _id: id('y'), made: true });
        expect(await store.get(ITEMS, id('z'))).toEqual({ _id: id('z'), n: 9 });
        expect(await store.get(ITEMS, id('w'))).toBeNull();
      });

      it('fn sees its own writes; others see none of them until commit', async () => {
        await store.transaction(async (tx) => {
          await tx.set(ITEMS, { _id: id('y'), v: 1 });
          await tx.update(ITEMS, id('x'), { n: 5 });
          expect(await tx.get(ITEMS, id('y'))).toEqual({ _id: id('y'), v: 1 });
          expect(await tx.get(ITEMS, id('x'))).toEqual({ _id: id('x'), n: 5 });
          expect(await store.get(ITEMS, id('y'))).toBeNull();
          expect((await store.get(ITEMS, id('x')))!.n).toBe(1);
        });
        expect((await store.get(ITEMS, id('x')))!.n).toBe(5);
      });

      it('fn throwing midway leaves nothing written and rethrows', async () => {
        const run = store.transaction(async (tx) => {
          await tx.update(ITEMS, id('x'), { n: 99 });
          await tx.insert(ITEMS, { _id: id('y') });
          await tx.remove(ITEMS, id('w'));
          throw new Error('boom');
        });
        await expect(run).rejects.toThrow('boom');
        expect((await store.get(ITEMS, id('x')))!.n).toBe(1);
        expect(await store.get(ITEMS, id('y'))).toBeNull();
        expect(await store.get(ITEMS, id('w'))).not.toBeNull();
      });

      it('tx.insert of an existing _id fails with "duplicate" and the transaction commits nothing', async () => {
        const run = store.transaction(async (tx) => {
          await tx.set(ITEMS, { _id: id('y') });
          await tx.insert(ITEMS, { _id: id('x') });
        });
        await expectStoreError(run, 'duplicate');
        expect(await store.get(ITEMS, id('y'))).toBeNull();
      });

      it('concurrent read-modify-write transactions lose no update', async () => {
        await store.insert(COUNTERS, { _id: id('t'), n: 0 });
        await Promise.all(
          Array.from({ length: 10 }, () =>
            store.transaction(async (tx) => {
              const cur = await tx.get<Doc & { n: number }>(COUNTERS, id('t'));
              await new Promise((r) => setTimeout(r, 1));
              await tx.set(COUNTERS, { _id: id('t'), n: cur!.n + 1 });
            }),
          ),
        );
        expect((await store.get(COUNTERS, id('t')))!.n).toBe(10);
      });

      it('insertMany is all or nothing on a duplicate, inside the batch or against the store', async () => {
        await expectStoreError(store.insertMany(ITEMS, [{ _id: id('p1') }, { _id: id('x') }, { _id: id('p3') }]), 'duplicate');
        await expectStoreError(store.insertMany(ITEMS, [{ _id: id('q1') }, { _id: id('q1') }]), 'duplicate');
        for (const s of ['p1', 'p3', 'q1']) expect(await store.get(ITEMS, id(s))).toBeNull();
        await store.insertMany(ITEMS, [{ _id: id('p1'), tag }, { _id: id('p3'), tag }]);
        expect(await store.count(ITEMS, { tag })).toBe(2);
      });
    });

    it('ops counts every operation: one per call, one per insertMany document, one per tx operation', async () => {
      const step = async (n: number, work: () => Promise<unknown>) => {
        const before = store.ops;
        await work();
        expect(store.ops - before).toBe(n);
      };
      await step(1, () => store.insert(ITEMS, { _id: id('o'), n: 0 }));
      await step(1, () => store.get(ITEMS, id('o')));
      await step(1, () => store.set(ITEMS, { _id: id('o'), n: 1 }));
      await step(1, () => store.update(ITEMS, id('o'), { n: 2 }));
      await step(1, () => store.find(ITEMS, { where: { tag } }));
      await step(1, () => store.count(ITEMS, { tag }));
      await step(1, () => store.updateIf(ITEMS, id('o'), { n: 2 }, { n: 3 }));
      await step(1, () => store.increment(ITEMS, id('o'), { n: 1 }));
      await step(3, () => store.insertMany(ITEMS, [{ _id: id('m1') }, { _id: id('m2') }, { _id: id('m3') }]));
      await step(2, () => store.transaction(async (tx) => tx.set(ITEMS, { _id: id('o'), n: ((await tx.get<Doc & { n: number }>(ITEMS, id('o')))!.n) + 1 })));
      await step(1, () => store.remove(ITEMS, id('o')));
    });
  });
}

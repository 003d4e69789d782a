// The Store port as a WeChat cloud function sees CloudBase: a wrapper over an inner store (SQLite
// file or :memory:) that keeps the data and changes only the semantics. What it models, each with
// its source (docs/cloud-emulator.md lists them, and what it does not model):
// - Snapshot-isolation transactions that conflict only on records both write (versions.ts: the
//   snapshot, the locks, and plain writes that wait for them), with fn run again on conflict only
//   ("只有事务冲突时会重试，其他异常时不会重试"):
//   https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/Database.runTransaction.md
//   runTransaction's own default is 3 runs; our CloudBase adapter calls it with 1 and retries
//   itself up to TX_ATTEMPTS times with a jittered pause, and the emulator stands for both.
// - A transaction's validity of 10 s, after which it is rolled back (documented for the same
//   snapshot-isolation model by Alibaba's serverless database, "事务的有效期为10s":
//   https://help.aliyun.com/document_detail/435862.html; CloudBase itself publishes no figure).
// - Every call is a network round trip: latency with jitter per operation, on a virtual clock per
//   invocation (tests stay fast and deterministic) or really slept (the bench, for real interleaving).
// - Calls fail and time out, drawn from a seeded PRNG per invocation, including "the write happened
//   but the caller saw a timeout"; or cut at a planned write (the fault suite).
// - Server-side get() returns at most 100 records a call ("云函数端：如果没有指定 limit，则默认且最多取
//   100 条记录"): https://developers.weixin.qq.com/minigame/dev/wxcloud/reference-sdk-api/database/collection/Collection.get.md
// - The function is cut off at its configured timeout (server/cloud/limits.ts): what it wrote
//   outside a committed transaction stays written, an open transaction is rolled back, and every
//   later call of that invocation fails ("Task timed out after 20 seconds", errorCode -1:
//   https://developers.weixin.qq.com/community/develop/doc/0004a47a734e006b7c69205d451400).
import { CLOUD_LIMITS } from '../cloud/limits';
import { MAX_PAGE, StoreError, type Doc, type FindOptions, type Store, type Tx } from './port';
import { TX_ATTEMPTS } from './cloudbase';
import { seededRng, streamSeed } from './emulated/rng';
import { TxConflict, VersionBook, keyOf, type TxRecord } from './emulated/versions';

export interface EmulatedOptions {
  /** Mean time of one store call, ms (default 15). */
  latencyMs?: number;
  /** Uniform jitter around the mean, ± ms (default a third of the latency). */
  jitterMs?: number;
  /** Sleep for real (the bench); otherwise time is only counted on the invocation's virtual clock. */
  realSleep?: boolean;
  /** Seed of the faults and the jitter (default 1): the same seed replays the same faults. */
  seed?: number;
  /** Share of calls that fail before reaching the database (default 0). */
  transientRate?: number;
  /** Share of calls that reach the database but answer with a timeout (default 0). */
  timeoutRate?: number;
  /** An invocation's time budget: the api function's timeout (default CLOUD_LIMITS.apiTimeoutMs). */
  budgetMs?: number;
  /** Runs of fn on conflict (default TX_ATTEMPTS, as the CloudBase adapter). */
  txAttempts?: number;
  /** A transaction older than this at commit is rolled back (default 10 s). */
  txLifetimeMs?: number;
  /** Records one transaction may write; CloudBase documents no limit, so none by default. */
  maxTxDocs?: number;
}

/** How a planned cut ends the Nth write: it fails before landing, lands but answers with a timeout, or the function is killed before it lands. */
export type CutKind = 'fail' | 'timeoutAfterWrite' | 'kill';

export interface InvocationOptions {
  budgetMs?: number;
  /** Cut the invocation at its Nth write (1-based; a transaction's buffered writes and its commit each count). */
  cut?: { atWrite: number; kind: CutKind };
}

export interface InvocationStore extends Store {
  /** Writes attempted so far (the cut counts these). */
  readonly writes: number;
  /** Time spent: the virtual clock, or real time when the store sleeps for real. */
  readonly elapsedMs: number;
  /** Cut off at its budget or by a planned kill: every further call throws InvocationKilled. */
  readonly killed: boolean;
  /** The emulated store it runs on: the function instance, for caches (port.ts instanceOf). */
  readonly instance: EmulatedStore;
}

export interface EmulatedStore extends Store {
  /** One cloud-function invocation: its own op counter, virtual elapsed time and budget; optionally a planned cut. */
  invocation(opts?: InvocationOptions): InvocationStore;
  /** The store underneath, without latency or faults: seeding, and tests looking at what really landed. */
  readonly inner: Store;
  readonly options: Readonly<Required<Omit<EmulatedOptions, 'maxTxDocs'>>> & { maxTxDocs: number };
}

/** The platform cut the function off: nothing it does from now on reaches the database. */
export class InvocationKilled extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvocationKilled';
  }
}

/** The call reached the database (a write may have landed) but its answer never came back. */
export class StoreTimeoutError extends StoreError {
  constructor(message: string) {
    super('unavailable', message);
    this.name = 'StoreTimeoutError';
  }
}

export function isEmulatedStore(store: Store): store is EmulatedStore {
  return typeof (store as Partial<EmulatedStore>).invocation === 'function' && 'inner' in store;
}

interface Invocation {
  readonly budgetMs: number;
  readonly cut?: InvocationOptions['cut'];
  readonly rng: () => number;
  readonly startedAt: number;
  virtualMs: number;
  ops: number;
  writes: number;
  killed: boolean;
  readonly txs: Set<TxRecord>;
}

const textOf = (doc: Doc | null) => (doc === null ? null : JSON.stringify(doc));
const decode = (text: string | null) => (text === null ? null : (JSON.parse(text) as Doc));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function openEmulatedStore(inner: Store, options: EmulatedOptions = {}): EmulatedStore {
  const latencyMs = options.latencyMs ?? 15;
  const opts = {
    latencyMs,
    jitterMs: options.jitterMs ?? latencyMs / 3,
    realSleep: options.realSleep ?? false,
    seed: options.seed ?? 1,
    transientRate: options.transientRate ?? 0,
    timeoutRate: options.timeoutRate ?? 0,
    budgetMs: options.budgetMs ?? CLOUD_LIMITS.apiTimeoutMs,
    txAttempts: options.txAttempts ?? TX_ATTEMPTS,
    txLifetimeMs: options.txLifetimeMs ?? 10_000,
    maxTxDocs: options.maxTxDocs ?? Infinity,
  };
  const book = new VersionBook();
  let invocations = 0;
  let totalOps = 0;

  const elapsed = (inv: Invocation) => (opts.realSleep ? performance.now() - inv.startedAt : inv.virtualMs);
  const killedError = () => new InvocationKilled('Invoking task timed out: the function was cut off at its timeout');
  const kill = (inv: Invocation) => {
    inv.killed = true;
    // Its open transactions never commit: their buffered writes are dropped and their locks freed.
    for (const tx of inv.txs) book.end(tx);
    inv.txs.clear();
  };

  // Every call of an invocation goes through here: budget, latency, faults, then the work.
  // `counted`: whether the call shows in `ops` (a commit is a round trip, but not an operation of the port).
  async function step<R>(inv: Invocation, kind: 'read' | 'write', work: () => Promise<R>, counted = true): Promise<R> {
    if (inv.killed) throw killedError();
    if (elapsed(inv) >= inv.budgetMs) {
      kill(inv);
      throw killedError();
    }
    if (counted) {
      inv.ops++;
      totalOps++;
    }
    const fault = inv.rng();
    const cost = Math.max(0, opts.latencyMs + (inv.rng() * 2 - 1) * opts.jitterMs);
    // Calls issued together overlap on the clock, as if each had its own connection: an invocation's
    // time is its critical path, as in real time when the store really sleeps.
    const issuedAt = inv.virtualMs;
    await (opts.realSleep && cost > 0 ? sleep(cost) : Promise.resolve());
    inv.virtualMs = Math.max(inv.virtualMs, issuedAt + cost);
    if (inv.killed) throw killedError();
    let planned: CutKind | undefined;
    if (kind === 'write') {
      inv.writes++;
      if (inv.cut && inv.cut.atWrite === inv.writes) planned = inv.cut.kind;
    }
    if (planned === 'kill') {
      kill(inv);
      throw killedError();
    }
    if (planned === 'fail' || fault < opts.transientRate) throw new StoreError('unavailable', `injected failure of ${kind} #${inv.ops}`);
    const out = await work();
    if (planned === 'timeoutAfterWrite' || fault < opts.transientRate + opts.timeoutRate) throw new StoreTimeoutError(`injected timeout after ${kind} #${inv.ops} reached the database`);
    // The call was sent before the deadline and landed; its answer came after it.
    if (elapsed(inv) > inv.budgetMs) {
      kill(inv);
      throw killedError();
    }
    return out;
  }

  // A plain write: waits for a transaction lock on the record, and leaves its pre-image for open snapshots.
  const plainWrite = <R>(inv: Invocation, c: string, id: string, work: () => Promise<R>) =>
    step(inv, 'write', async () => {
      const key = keyOf(c, id);
      await book.waitUnlocked(key, inv);
      const before = book.hasOpen && typeof id === 'string' && id ? textOf(await inner.get(c, id)) : undefined;
      const seq = book.willWrite(key, before);
      const out = await work();
      book.committed(key, seq);
      return out;
    });

  async function transaction<R>(inv: Invocation, fn: (tx: Tx) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      const rec = book.begin(inv);
      inv.txs.add(rec);
      const startMs = elapsed(inv);
      // Per record touched: its text as of the snapshot; per record written: its new value (null: removed).
      const snap = new Map<string, string | null>();
      const writes = new Map<string, { c: string; id: string; doc: Doc | null }>();
      let open = true;
      const view = async (c: string, id: string): Promise<Doc | null> => {
        const key = keyOf(c, id);
        const w = writes.get(key);
        if (w) return w.doc && structuredClone(w.doc);
        if (!snap.has(key)) {
          const known = book.asOf(rec, key);
          snap.set(key, known !== undefined ? known : textOf(await inner.get(c, id)));
        }
        return decode(snap.get(key)!);
      };
      const write = (c: string, id: string, doc: Doc | null) => {
        const key = keyOf(c, id);
        // "其他事务的写入会直接失败": a record another open transaction locked, or one written since our snapshot.
        if (book.writtenSince(rec, key) || !book.lock(rec, key)) throw new TxConflict();
        writes.set(key, { c, id, doc: doc && structuredClone(doc) });
        if (writes.size > opts.maxTxDocs) throw new StoreError('bad_query', `a transaction may write at most ${opts.maxTxDocs} records`);
      };
      const txStep = <T>(kind: 'read' | 'write', work: () => Promise<T>) => {
        if (inv.killed) return Promise.reject(killedError());
        if (!open || rec.done) return Promise.reject(new StoreError('bad_query', 'transaction already finished'));
        return step(inv, kind, work);
      };
      const tx: Tx = {
        get: <T extends Doc>(c: string, id: string) => txStep('read', async () => (await view(c, id)) as T | null),
        set: (c, doc) => txStep('write', async () => void (await view(c, doc._id), write(c, doc._id, doc))),
        insert: (c, doc) =>
          txStep('write', async () => {
            if (await view(c, doc._id)) throw new StoreError('duplicate', `${c}/${doc._id} exists`);
            write(c, doc._id, doc);
          }),
        update: (c, id, patch) =>
          txStep('write', async () => {
            if ('_id' in patch) throw new StoreError('bad_query', '_id cannot be changed');
            const cur = await view(c, id);
            if (cur) write(c, id, { ...cur, ...patch, _id: id });
            return cur !== null;
          }),
        remove: (c, id) =>
          txStep('write', async () => {
            const exists = (await view(c, id)) !== null;
            if (exists) write(c, id, null);
            return exists;
          }),
      };
      const commit = async () => {
        if (elapsed(inv) - startMs > opts.txLifetimeMs) throw new StoreError('unavailable', `transaction expired: not committed within ${opts.txLifetimeMs} ms`);
        for (const key of writes.keys()) if (book.writtenSince(rec, key)) throw new TxConflict();
        const seqs = [...writes.keys()].map((key) => [key, book.willWrite(key, snap.get(key))] as const);
        // Atomic on the inner store; it also catches writes from other processes since we first touched a record.
        await inner.transaction(async (itx) => {
          for (const [key, w] of writes) if (textOf(await itx.get(w.c, w.id)) !== snap.get(key)) throw new TxConflict();
          for (const w of writes.values()) await (w.doc ? itx.set(w.c, w.doc) : itx.remove(w.c, w.id));
        });
        for (const [key, seq] of seqs) book.committed(key, seq);
      };
      try {
        const result = await fn(tx);
        open = false;
        if (rec.done) throw killedError(); // cut off while fn ran: rolled back
        if (writes.size) await step(inv, 'write', commit, false);
        return result;
      } catch (error) {
        if (!(error instanceof TxConflict)) throw error;
        if (attempt >= opts.txAttempts) throw new StoreError('unavailable', `transaction conflict: still conflicting after ${attempt} runs`);
      } finally {
        open = false;
        book.end(rec);
        inv.txs.delete(rec);
      }
      // The adapter's jittered pause before running fn again, slept for real even on the virtual
      // clock: contenders are real concurrent callers, and without it they would collide again at once.
      const pause = inv.rng() * 20 * attempt;
      inv.virtualMs += pause;
      await sleep(pause);
    }
  }

  const checkPage = (o?: FindOptions) => {
    const limit = o?.limit ?? MAX_PAGE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new StoreError('bad_query', `limit must be 1..${MAX_PAGE}: a cloud function gets at most ${MAX_PAGE} records a call`);
  };

  const storeOf = (inv: Invocation): Store => ({
    get: <T extends Doc>(c: string, id: string) => step(inv, 'read', () => inner.get<T>(c, id)),
    find: <T extends Doc>(c: string, o?: FindOptions) =>
      step(inv, 'read', async () => {
        checkPage(o);
        return inner.find<T>(c, o);
      }),
    count: (c, where) => step(inv, 'read', () => inner.count(c, where)),
    set: (c, doc) => plainWrite(inv, c, doc._id, () => inner.set(c, doc)),
    insert: (c, doc) => plainWrite(inv, c, doc._id, () => inner.insert(c, doc)),
    update: (c, id, patch) => plainWrite(inv, c, id, () => inner.update(c, id, patch)),
    remove: (c, id) => plainWrite(inv, c, id, () => inner.remove(c, id)),
    updateIf: <T extends Doc>(c: string, id: string, expect: Record<string, unknown>, patch: Record<string, unknown>) => plainWrite(inv, c, id, () => inner.updateIf<T>(c, id, expect, patch)),
    increment: (c, id, by) => plainWrite(inv, c, id, () => inner.increment(c, id, by)),
    // As the CloudBase adapter does it: one transaction adding each record.
    insertMany: (c, docs) =>
      transaction(inv, async (tx) => {
        for (const doc of docs) await tx.insert(c, doc);
      }),
    transaction: (fn) => transaction(inv, fn),
    get ops() {
      return inv.ops;
    },
    close: async () => {},
  });

  const newInvocation = (budgetMs: number, cut?: InvocationOptions['cut']): Invocation => ({
    budgetMs,
    cut,
    rng: seededRng(streamSeed(opts.seed, invocations++)),
    startedAt: performance.now(),
    virtualMs: 0,
    ops: 0,
    writes: 0,
    killed: false,
    txs: new Set(),
  });

  // Calls on the store itself (not through an invocation): the same latency and faults, no time limit.
  const ambient = storeOf(newInvocation(Infinity));
  const self: EmulatedStore = {
    ...ambient,
    get ops() {
      return totalOps;
    },
    close: () => inner.close(),
    inner,
    options: opts,
    invocation(o: InvocationOptions = {}) {
      const inv = newInvocation(o.budgetMs ?? opts.budgetMs, o.cut);
      const store = storeOf(inv);
      return Object.defineProperties(store, {
        writes: { get: () => inv.writes, enumerable: true },
        elapsedMs: { get: () => elapsed(inv), enumerable: true },
        killed: { get: () => inv.killed, enumerable: true },
        instance: { value: self, enumerable: true },
      }) as InvocationStore;
    },
  };
  return self;
}

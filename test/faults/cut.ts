// One function invocation's view of the store, cut off at its n-th write the way CloudBase cuts a
// call: the write fails (`fail`), the write happens but the caller sees a timeout
// (`timeoutAfterWrite`), or the function is killed before it (`kill`: that write and every later
// operation never happen). A transaction and a batch insert are one write each (they commit as
// one). Without a cut it only counts the writes, which is how the suite enumerates an action's
// steps. (docs/CLOUDBASE.md: "a function cut off at its timeout stops mid-write; what it wrote
// outside a committed transaction stays written".)
import { StoreError, type Store, type Tx } from '../../server/store/port';

export type CutKind = 'fail' | 'timeoutAfterWrite' | 'kill';
export const CUT_KINDS: CutKind[] = ['fail', 'timeoutAfterWrite', 'kill'];

export class Killed extends Error {
  constructor() {
    super('function killed at its timeout');
    this.name = 'Killed';
  }
}

export interface Invocation extends Store {
  readonly writes: number;
  readonly killed: boolean;
}

export function invocation(inner: Store, cut?: { atWrite: number; kind: CutKind }): Invocation {
  let writes = 0;
  let killed = false;
  const alive = () => {
    if (killed) throw new Killed();
  };
  async function write<R>(run: () => Promise<R>): Promise<R> {
    alive();
    writes++;
    if (cut && writes === cut.atWrite) {
      if (cut.kind === 'kill') {
        killed = true;
        throw new Killed();
      }
      if (cut.kind === 'fail') throw new StoreError('unavailable', `injected failure at write ${writes}`);
      await run();
      throw new StoreError('unavailable', `injected timeout after write ${writes}`);
    }
    return run();
  }
  async function read<R>(run: () => Promise<R>): Promise<R> {
    alive();
    return run();
  }
  const store: Invocation = {
    get: (c, id) => read(() => inner.get(c, id)),
    find: (c, o) => read(() => inner.find(c, o)),
    count: (c, w) => read(() => inner.count(c, w)),
    set: (c, d) => write(() => inner.set(c, d)),
    insert: (c, d) => write(() => inner.insert(c, d)),
    update: (c, id, p) => write(() => inner.update(c, id, p)),
    remove: (c, id) => write(() => inner.remove(c, id)),
    updateIf: (c, id, e, p) => write(() => inner.updateIf(c, id, e, p)),
    increment: (c, id, by) => write(() => inner.increment(c, id, by)),
    insertMany: (c, docs) => write(() => inner.insertMany(c, docs)),
    // The transaction's reads are inside it; it commits as one write.
    transaction: <R>(fn: (tx: Tx) => Promise<R>) => write(() => inner.transaction(fn)),
    get ops() {
      return inner.ops;
    },
    get writes() {
      return writes;
    },
    get killed() {
      return killed;
    },
    close: async () => undefined,
  } as Invocation;
  return store;
}

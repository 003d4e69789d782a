// What one process knows about recent writes, so that the emulated store's transactions behave as
// CloudBase's snapshot isolation does (WeChat cloud guide, 数据库 → 事务 "快照隔离":
// https://developers.weixin.qq.com/minigame/dev/wxcloud/guide/database/transaction.md):
//  1. reads in a transaction return the snapshot, not the live data;
//  2. a write changes the snapshot and puts a transaction lock on the record;
//  3. another transaction writing a locked record fails at once; a plain (non-transaction) update of it
//     blocks until the lock is released;
//  4. on commit the snapshot's writes land atomically.
// Every write made through this process gets a sequence number and, while transactions are open, the
// record's previous text (its pre-image), so a transaction begun before it still reads the old value.
// Writes made by another process are not in the book: the commit re-reads every record it writes
// and conflicts if that changed since the transaction first touched it (see emulated.ts).
import { StoreError } from '../port';

export const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;

/** Internal: a write-write conflict; runTransaction runs fn again. */
export class TxConflict extends Error {
  constructor(message = 'transaction conflict') {
    super(message);
    this.name = 'TxConflict';
  }
}

export interface TxRecord {
  /** The invocation running the transaction: a plain write of its own never waits for its own lock. */
  readonly owner: object;
  readonly startSeq: number;
  done: boolean;
}

export class VersionBook {
  private seq = 0;
  private readonly lastWrite = new Map<string, number>();
  private readonly preImages = new Map<string, Array<{ seq: number; before: string | null }>>();
  private readonly open = new Set<TxRecord>();
  private readonly locks = new Map<string, TxRecord>();
  private readonly waiters = new Map<string, Array<() => void>>();

  begin(owner: object): TxRecord {
    const tx = { owner, startSeq: this.seq, done: false };
    this.open.add(tx);
    return tx;
  }

  end(tx: TxRecord): void {
    if (tx.done) return;
    tx.done = true;
    this.open.delete(tx);
    for (const [key, holder] of this.locks) {
      if (holder !== tx) continue;
      this.locks.delete(key);
      for (const wake of this.waiters.get(key) ?? []) wake();
      this.waiters.delete(key);
    }
    this.prune();
  }

  get hasOpen(): boolean {
    return this.open.size > 0;
  }

  /** The record's text as of tx's start when a write since then went through this process; undefined: read the database. */
  asOf(tx: TxRecord, key: string): string | null | undefined {
    // The earliest write after the start holds the value the snapshot saw.
    return this.preImages.get(key)?.find((p) => p.seq > tx.startSeq)?.before;
  }

  /** Announces a write of key whose current text is `before`; returns its sequence number. */
  willWrite(key: string, before: string | null | undefined): number {
    const seq = ++this.seq;
    if (this.open.size && before !== undefined) {
      const list = this.preImages.get(key) ?? [];
      list.push({ seq, before });
      this.preImages.set(key, list);
    }
    return seq;
  }

  /** The write announced as seq landed. */
  committed(key: string, seq: number): void {
    if (this.open.size) this.lastWrite.set(key, Math.max(seq, this.lastWrite.get(key) ?? 0));
  }

  /** Whether a write through this process landed on key after tx began (first committer wins). */
  writtenSince(tx: TxRecord, key: string): boolean {
    return (this.lastWrite.get(key) ?? 0) > tx.startSeq;
  }

  /** Takes the transaction lock on key for tx; false when another open transaction holds it. */
  lock(tx: TxRecord, key: string): boolean {
    const holder = this.locks.get(key);
    if (holder && holder !== tx) return false;
    this.locks.set(key, tx);
    return true;
  }

  /**
   * A plain write waits while a transaction holds the record's lock ("普通的更新操作会被阻塞，直到事务锁释放").
   * Waiting on a lock held by the same invocation would never end (the transaction awaits this write):
   * that is refused at once instead.
   */
  async waitUnlocked(key: string, owner: object): Promise<void> {
    for (let holder = this.locks.get(key); holder; holder = this.locks.get(key)) {
      if (holder.owner === owner) throw new StoreError('unavailable', 'a plain write to a record this invocation\'s own open transaction has locked would block until the lock times out');
      await new Promise<void>((resolve) => this.waiters.set(key, [...(this.waiters.get(key) ?? []), resolve]));
    }
  }

  private prune(): void {
    if (!this.open.size) {
      this.preImages.clear();
      this.lastWrite.clear();
      return;
    }
    const oldest = Math.min(...[...this.open].map((t) => t.startSeq));
    for (const [key, list] of this.preImages) {
      const kept = list.filter((p) => p.seq > oldest);
      if (kept.length) this.preImages.set(key, kept);
      else this.preImages.delete(key);
    }
    for (const [key, seq] of this.lastWrite) if (seq <= oldest) this.lastWrite.delete(key);
  }
}

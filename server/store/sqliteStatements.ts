// The SQLite adapter's prepared statements, kept by query shape (sqliteWhere.ts) so that a query
// run again with other values neither builds its SQL text nor prepares it anew. Bounded: a query
// built from data (an `$in` of any length up to 100, any page size) makes a shape per variant,
// so the least recently used statement goes when the cache is full.
import type Database from 'better-sqlite3';

export const STATEMENTS_MAX = 500;

export class StatementCache {
  private readonly byKey = new Map<string, Database.Statement>();

  constructor(private readonly prepare: (sql: string) => Database.Statement, private readonly max = STATEMENTS_MAX) {}

  /** The statement of this key, made from `sql()` when it has none. */
  get(key: string, sql: () => string): Database.Statement {
    let s = this.byKey.get(key);
    if (s) {
      // Most recently used last: a Map iterates in insertion order.
      this.byKey.delete(key);
    } else {
      s = this.prepare(sql());
      if (this.byKey.size >= this.max) this.byKey.delete(this.byKey.keys().next().value!);
    }
    this.byKey.set(key, s);
    return s;
  }

  get size(): number {
    return this.byKey.size;
  }
}

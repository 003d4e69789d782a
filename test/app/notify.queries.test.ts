// The notifications area's queries are each answered by an index, in index order: the retry job,
// the outbox page (all, and by status), unfinished poll notices, and a group's shared items.
import { scopedFind } from '../../server/store/scoped';
import { collections } from '../../server/app/collections';
import { openSqliteStore } from '../../server/store/sqlite';
import type { FindOptions } from '../../server/store/port';

const store = openSqliteStore({ file: ':memory:', collections });
afterAll(() => store.close());

const cases: Array<[string, string, FindOptions]> = [
  ['messages due for a retry', 'outbox', { where: { status: 'retrying', nextAttemptAt: { $lte: '2026' } }, orderBy: [['nextAttemptAt', 'asc']], limit: 100 }],
  ['the outbox page, newest', 'outbox', { orderBy: [['at', 'desc']], limit: 31 }],
  ['the outbox page by status', 'outbox', { where: { status: 'sent' }, orderBy: [['at', 'desc']], limit: 31 }],
  ['the outbox table of grants left', 'grants', { where: { remaining: { $gt: 0 } }, orderBy: [['remaining', 'desc'], ['updatedAt', 'desc']], limit: 100 }],
  ['unfinished poll notices', 'fanouts', { where: { done: false }, orderBy: [['createdAt', 'asc']], limit: 20 }],
  ['a group’s shared items', 'groupShares', { where: { opengid: 'gabc' }, orderBy: [['lastAt', 'desc']], limit: 50 }],
];

describe('notification query plans', () => {
  for (const [name, collection, options] of cases) {
    it(`${name} uses an index and needs no sort`, () => {
      const plan = store.explain(collection, scopedFind('qiaoya', collection, options)).join(' | ');
      expect(plan).toMatch(/USING (COVERING )?INDEX/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN (?!.*USING)/);
    });
  }
});

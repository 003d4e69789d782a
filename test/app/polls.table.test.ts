// The polls queries answered by their indexes, with no table scan and no temporary sort (the
// permission matrix for the polls actions is the shared one in permissions.test.ts).
import { scopedFind } from '../../server/store/scoped';
import { collections } from '../../server/app/collections';
import { openSqliteStore } from '../../server/store/sqlite';
import type { FindOptions } from '../../server/store/port';

describe('polls query plans', () => {
  const store = openSqliteStore({ file: ':memory:', collections });
  afterAll(() => store.close());
  const cases: Array<[string, string, FindOptions]> = [
    ["a poll's ballots, paged by _id", 'ballots', { where: { pollId: 'poll:x', _id: { $gt: 'ballot:poll:x:h:1' } }, orderBy: [['_id', 'asc']], limit: 100 }],
    ["a poll's roster chunks", 'pollRosters', { where: { pollId: 'poll:x', openId: 'o1', n: { $gte: 0, $lt: 10 } }, orderBy: [['n', 'asc']], limit: 10 }],
    ['polls due to close', 'polls', { where: { status: 'open', closesAt: { $lte: '2026' } }, orderBy: [['closesAt', 'asc']], limit: 100 }],
    ['polls by status, newest', 'polls', { where: { status: 'open' }, orderBy: [['createdAt', 'desc']], limit: 21 }],
    ['polls, newest', 'polls', { orderBy: [['createdAt', 'desc']], limit: 21 }],
  ];
  for (const [name, collection, options] of cases) {
    it(`${name} uses an index and needs no sort`, () => {
      const plan = store.explain(collection, scopedFind('qiaoya', collection, options)).join(' | ');
      expect(plan).toMatch(/USING (COVERING )?INDEX|USING PRIMARY KEY|USING INTEGER PRIMARY KEY/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN (?!.*USING)/);
    });
  }
});

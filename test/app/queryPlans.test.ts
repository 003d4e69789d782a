// The feed must stay fast at 100k issues: each of its queries is answered by an index, in index
// order, with no table scan and no temporary sort.
import { collections } from '../../server/app/collections';
import { openSqliteStore } from '../../server/store/sqlite';
import { OPEN_STATUSES } from '../../src/domain/issues';
import type { FindOptions } from '../../server/store/port';

const store = openSqliteStore({ file: ':memory:', collections });
afterAll(() => store.close());

const cases: Array<[string, string, FindOptions]> = [
  ['public feed, newest', 'issues', { where: { visibility: 'public' }, orderBy: [['createdAt', 'desc']], limit: 21 }],
  ['public feed, most seconded', 'issues', { where: { visibility: 'public' }, orderBy: [['seconds', 'desc'], ['createdAt', 'desc']], limit: 21 }],
  ['public feed, priority', 'issues', { where: { visibility: 'public' }, orderBy: [['priorityKey', 'desc']], limit: 21 }],
  ['public feed by category', 'issues', { where: { visibility: 'public', category: 'pipe_leak' }, orderBy: [['createdAt', 'desc']], limit: 21 }],
  ['public feed by building', 'issues', { where: { visibility: 'public', buildingId: 'b:19栋' }, orderBy: [['createdAt', 'desc']], limit: 21 }],
  ['staff feed, newest', 'issues', { orderBy: [['createdAt', 'desc']], limit: 21 }],
  ['my reports', 'issues', { where: { reporterId: 'user:x' }, orderBy: [['createdAt', 'desc']], limit: 21 }],
  ['done issues to auto-close', 'issues', { where: { status: 'done', doneAt: { $lt: '2026' } }, orderBy: [['doneAt', 'asc']], limit: 100 }],
  ['units of a building', 'units', { where: { buildingId: 'b:19栋' }, orderBy: [['order', 'asc']], limit: 100 }],
  ['a staff member’s tasks', 'tasks', { where: { assigneeId: 'user:x', status: 'done' }, orderBy: [['dueAt', 'desc']], limit: 10 }],
  ['my ballots cast online', 'ballots', { where: { castBy: 'user:x', channel: 'online' }, orderBy: [['castAt', 'desc']], limit: 20 }],
  ['an issue’s timeline', 'events', { where: { subject: 'issue:x' }, orderBy: [['at', 'asc']], limit: 100 }],
];

describe('query plans', () => {
  for (const [name, collection, options] of cases) {
    it(`${name} uses an index and needs no sort`, () => {
      const plan = store.explain(collection, options).join(' | ');
      expect(plan).toMatch(/USING (COVERING )?INDEX/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN (?!.*USING)/);
    });
  }

  it('my ballots for my flats filter by the holder index (the $in over a few holders may sort)', () => {
    const plan = store.explain('ballots', { where: { holderId: { $in: ['h:a', 'h:b'] } }, orderBy: [['castAt', 'desc']], limit: 20 }).join(' | ');
    expect(plan).toMatch(/USING INDEX/);
  });

  it('open-status feed filters by index (the $in may sort, over one page of candidates per status)', () => {
    const plan = store.explain('issues', { where: { visibility: 'public', status: { $in: OPEN_STATUSES } }, orderBy: [['createdAt', 'desc']], limit: 21 }).join(' | ');
    expect(plan).toMatch(/USING INDEX/);
  });
});

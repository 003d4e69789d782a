// Query plans of the queries the use-cases actually run. Every action test records the query
// shapes its harness's store receives and fails when one reads a big collection whole
// (test/support/queryRecorder.ts, checked after each file by queryPlanGuard.ts). Here: that the
// recorder sees what it should and flags what it should, and, stricter for the one list that must
// stay fast at 100k documents, that the issue feed's queries (run through `issues.feed` itself,
// every filter and sort the screen offers) are answered in index order with no sort.
import { collections } from '../../server/app/collections';
import { openSqliteStore } from '../../server/store/sqlite';
import { demoHarness, type Harness } from '../support/harness';
import { capturedQueries, forgetQuery, fullScansOfBigCollections, recordingStore, scansWhole, shapeOf, withinUseCase } from '../support/queryRecorder';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
});
afterAll(() => h.close());

describe('the query recorder', () => {
  it('keys a shape by collection, condition kinds and order, not by the values', () => {
    expect(shapeOf('find', 'issues', { where: { visibility: 'public', status: { $in: ['a'] } }, orderBy: [['createdAt', 'desc']] })).toBe(
      'find issues where(visibility:=string, status:$in) orderBy(createdAt desc)',
    );
    expect(shapeOf('find', 'issues', { where: { visibility: 'staff' } })).toBe(shapeOf('find', 'issues', { where: { visibility: 'public' } }));
    expect(shapeOf('count', 'seats', { where: { activityId: 'x', n: { $gte: 1, $lt: 3 } } })).toBe('count seats where(activityId:=string, n:$gte&$lt) orderBy()');
  });

  it('records what a use-case runs, with its plan, once per shape', async () => {
    await h.ok('owner', 'compound.units', { buildingId: 'b:19栋' });
    await h.ok('owner', 'compound.units', { buildingId: 'b:20栋' });
    const units = capturedQueries().filter((q) => q.collection === 'units');
    expect(units).toHaveLength(1);
    // As the compound's view sends it (server/store/scoped.ts): the compound first.
    expect(units[0].shape).toBe('find units where(compoundId:=string, buildingId:=string) orderBy(order asc)');
    expect(units[0].example.where).toEqual({ compoundId: 'qiaoya', buildingId: 'b:19栋' });
    expect(units[0].plan.join(' | ')).toMatch(/USING (COVERING )?INDEX units__compoundId__buildingId__order/);
  });

  it('flags a query that reads a big collection whole, and not one on a small collection', async () => {
    const store = recordingStore(openSqliteStore({ file: ':memory:', collections }));
    try {
      await store.find('issues', { where: { reporterId: 'user:x' }, limit: 5 }); // not inside a use-case: not recorded
      await withinUseCase('test.scan', async () => {
        await store.find('issues', { where: { title: '漏水' }, limit: 5 });
        await store.find('buildings', { where: { zone: '桥东' } });
        await store.find('users', { where: { roles: { $has: 'staff' } }, limit: 5 });
      });
      expect(capturedQueries().map((q) => q.shape)).not.toContain('find issues where(reporterId:=string) orderBy()');
      const flagged = fullScansOfBigCollections().map((q) => `${q.shape} (${q.action})`);
      expect(flagged).toEqual(['find issues where(title:=string) orderBy() (test.scan)']);
    } finally {
      // The deliberate scan must not fail this file (the guard reads the same record).
      forgetQuery('find issues where(title:=string) orderBy()');
      await store.close();
    }
    const filtered = { where: { title: 'x' } };
    expect(scansWhole({ example: filtered, plan: ['SCAN issues'] })).toBe(true);
    expect(scansWhole({ example: filtered, plan: ['SCAN issues USING INDEX sqlite_autoindex_issues_1'] })).toBe(true);
    expect(scansWhole({ example: filtered, plan: ['SEARCH units USING INDEX units__buildingId__order (<expr>=?)'] })).toBe(false);
    expect(scansWhole({ example: filtered, plan: ['SEARCH issues USING INDEX x (<expr>=?)', 'SCAN json_each VIRTUAL TABLE INDEX 1:'] })).toBe(false);
    // An ordered page of everything stops after skip + limit rows.
    expect(scansWhole({ example: { orderBy: [['createdAt', 'desc']] }, plan: ['SCAN issues USING INDEX issues__createdAt'] })).toBe(false);
  });
});

describe('the issue feed, as issues.feed runs it', () => {
  const requests: Array<[string, string, Record<string, unknown>]> = [
    ['public feed, newest', 'owner', {}],
    ['public feed, most seconded', 'owner', { sort: 'seconds' }],
    ['public feed, priority', 'owner', { sort: 'priority' }],
    ['public feed by category', 'owner', { category: 'pipe_leak' }],
    ['public feed by building', 'owner', { buildingId: 'b:19栋' }],
    ['staff feed, newest', 'staff', {}],
    ['my reports', 'owner', { mine: true }],
  ];

  for (const [name, persona, input] of requests) {
    it(`${name}: uses an index and needs no sort`, async () => {
      const before = new Set(capturedQueries().map((q) => q.shape));
      await h.ok(persona, 'issues.feed', input);
      // Each request below is a shape of its own: the one new issues query is the feed's.
      const feed = capturedQueries().filter((q) => !before.has(q.shape) && q.collection === 'issues' && q.kind === 'find');
      expect(feed).toHaveLength(1);
      const plan = feed[0].plan.join(' | ');
      expect(plan).toMatch(/USING (COVERING )?INDEX/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN (?!.*USING)/);
    });
  }

  it('open-status feed filters by index (the $in may sort, over one page of candidates per status)', async () => {
    await h.ok('owner', 'issues.feed', { status: 'open' });
    const open = capturedQueries().find((q) => q.collection === 'issues' && q.shape.includes('status:$in'));
    expect(open?.plan.join(' | ')).toMatch(/USING INDEX/);
  });
});

describe('the overviews across compounds, as their actions run them', () => {
  it('reads the company board (tasks.acrossCompounds) through indexes: compounds by company, tasks by compound, people by id', async () => {
    await h.ok('manager', 'tasks.acrossCompounds', {});
    await h.ok('staff', 'tasks.acrossCompounds', {});
    const shapes = capturedQueries().filter((q) => q.action === 'tasks.acrossCompounds');
    expect(shapes.map((q) => q.shape)).toEqual(
      expect.arrayContaining([
        'find compounds where(propertyCompanyId:=string) orderBy(name asc)',
        'find tasks where(compoundId:=string, status:$in) orderBy(dueAt asc)',
        'find tasks where(compoundId:=string, assigneeId:=string, status:$in) orderBy(dueAt asc)',
        'find users where(_id:$in) orderBy()',
      ]),
    );
    for (const q of shapes) expect([q.shape, scansWhole(q)]).toEqual([q.shape, false]);
  });

  it('reads the comparison (compounds.compare) through indexes, the scorecard included', async () => {
    await h.ok('community', 'compounds.compare', {});
    const shapes = capturedQueries().filter((q) => q.action === 'compounds.compare');
    expect(shapes.map((q) => q.shape)).toContain('find inspections where(compoundId:=string, status:=string) orderBy(quarter desc)');
    for (const q of shapes) expect([q.shape, scansWhole(q)]).toEqual([q.shape, false]);
  });
});

// The polls actions in the permission matrix (every role, and nobody), and the polls queries on
// their indexes: what test/app/permissions.test.ts and queryPlans.test.ts check for the shared
// table, until these actions and collections are part of it.
import { pollActions } from '../../server/app/polls/table';
import { pollCollections } from '../../server/app/polls/collections';
import { collections } from '../../server/app/collections';
import { personas } from '../../server/demo/personas';
import { openSqliteStore } from '../../server/store/sqlite';
import type { FindOptions } from '../../server/store/port';
import type { Action } from '../../server/app/action';
import { pollHarness, type PollHarness } from '../recount/support/pollHarness';

let h: PollHarness;
beforeAll(async () => {
  h = await pollHarness();
});
afterAll(() => h.close());

const callers: Array<{ persona: string | null; roles: string[] }> = [{ persona: null, roles: [] }, ...personas.map((p) => ({ persona: p.id, roles: p.roles as string[] }))];

describe('polls permission matrix', () => {
  for (const [name, action] of Object.entries(pollActions) as Array<[string, Action]>) {
    it(`${name} is named as its table key and has a summary`, () => {
      expect(action.name).toBe(name);
      expect(action.summary.length).toBeGreaterThan(2);
    });
    for (const caller of callers) {
      const signedIn = caller.persona !== null;
      const allowed = action.roles.includes('public') || (signedIn && (action.roles.includes('user') || caller.roles.some((r) => action.roles.includes(r as never))));
      it(`${name} as ${caller.persona ?? 'anonymous'} is ${allowed ? 'let through' : 'refused'}`, async () => {
        const outcome = await h.call(caller.persona, name, {});
        if (allowed) expect([401, 403]).not.toContain(outcome.status);
        else expect(outcome.status).toBe(signedIn ? 403 : 401);
        expect(outcome.status).toBeLessThan(500);
      });
    }
  }
});

describe('polls query plans', () => {
  const store = openSqliteStore({ file: ':memory:', collections: { ...collections, ...pollCollections } });
  afterAll(() => store.close());
  const cases: Array<[string, string, FindOptions]> = [
    ["a poll's ballots, paged by _id", 'ballots', { where: { pollId: 'poll:x', _id: { $gt: 'ballot:poll:x:h:1' } }, orderBy: [['_id', 'asc']], limit: 100 }],
    ["a poll's roster chunks", 'pollRosters', { where: { pollId: 'poll:x', n: { $gte: 0, $lt: 10 } }, orderBy: [['n', 'asc']], limit: 10 }],
    ['polls due to close', 'polls', { where: { status: 'open', closesAt: { $lte: '2026' } }, orderBy: [['closesAt', 'asc']], limit: 100 }],
    ['polls by status, newest', 'polls', { where: { status: 'open' }, orderBy: [['createdAt', 'desc']], limit: 21 }],
    ['polls, newest', 'polls', { orderBy: [['createdAt', 'desc']], limit: 21 }],
  ];
  for (const [name, collection, options] of cases) {
    it(`${name} uses an index and needs no sort`, () => {
      const plan = store.explain(collection, options).join(' | ');
      expect(plan).toMatch(/USING (COVERING )?INDEX|USING PRIMARY KEY|USING INTEGER PRIMARY KEY/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN (?!.*USING)/);
    });
  }
});

// Every action answers a caller's mistake with a 4xx, never a 5xx: malformed bodies, wrong
// types, unknown fields and absurd values, sent by a caller who holds every role.
import { actionList } from '../../server/app/actions';
import { demoHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
  // One person with every role, so no refusal happens before the input is looked at.
  await h.deps.store.update('users', 'user:demo-admin', { roles: ['owner', 'resident', 'committee', 'staff', 'manager', 'community', 'admin'] });
});
afterAll(() => h.close());

const garbage: unknown[] = [
  null,
  [],
  'text',
  42,
  { unexpected: true },
  { pollId: 'poll:nope', issueId: 'issue:nope', taskId: 'task:nope', claimId: 'claim:nope', unitId: 'u:nope', buildingId: 'b:nope', meterId: 'meter:nope', userId: 'user:nope' },
  { issueId: 123, taskId: ['x'], unitId: { $gt: '' }, skip: -1, stars: 'five', dueAt: 'tomorrow' },
  { issueId: 'x'.repeat(10_000), description: 'x'.repeat(100_000), note: '\u0000\u0001' },
  { constructor: { prototype: { polluted: true } } },
];

describe('bad input', () => {
  for (const action of actionList) {
    it(`${action.name} answers every malformed input with a 4xx`, async () => {
      for (const input of garbage) {
        const outcome = await h.call('admin', action.name, input);
        // The action's name in the failure message says which one broke.
        expect({ action: action.name, input, status: outcome.status < 500 ? 'below 500' : outcome.status }).toEqual({ action: action.name, input, status: 'below 500' });
        if (!outcome.body.ok) expect(outcome.body.error.message.length).toBeGreaterThan(0);
      }
    });
  }

  it('leaves no prototype pollution behind', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

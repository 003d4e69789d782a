// The action table's own rules: every action takes its roles from its area's permissions module,
// declares a summary, and unknown names are refused. The role × action matrix itself is in
// permissions.matrix.test.ts.
import { actionList } from '../../server/app/actions';
import { demoHarness, type Harness } from '../support/harness';
import { ACTION_ROLES, allowed } from '../../src/domain/permissions';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
});
afterAll(() => h.close());

describe('the action table', () => {
  it('takes every action’s roles from its area’s permissions module', () => {
    for (const action of actionList) expect([action.name, action.roles]).toEqual([action.name, allowed(action.name)]);
    expect(Object.keys(ACTION_ROLES).sort()).toEqual(actionList.map((a) => a.name).sort());
  });

  it('every action declares at least one role and a summary', () => {
    for (const action of actionList) {
      expect(action.roles.length).toBeGreaterThan(0);
      expect(action.summary.length).toBeGreaterThan(2);
    }
  });

  it('lets only actions open to every signed-in user defer reading the caller', () => {
    const deferring = actionList.filter((a) => a.defersCaller);
    // compounds.search: a newcomer's search must not make them a visitor of the compound they are in.
    expect(deferring.map((a) => a.name).sort()).toEqual(['compound.units', 'compounds.search', 'polls.cast']);
    for (const action of deferring) expect(action.roles).toEqual(['user']);
  });

  it('answers an unknown action with 404 naming it', async () => {
    const outcome = await h.call('admin', 'nope.nothing', {});
    expect(outcome.status).toBe(404);
    expect(outcome.body.ok).toBe(false);
    if (!outcome.body.ok) expect(outcome.body.error.message).toContain('nope.nothing');
  });

  it('does not treat inherited object keys as actions', async () => {
    expect((await h.call('admin', 'constructor', {})).status).toBe(404);
    expect((await h.call('admin', '__proto__', {})).status).toBe(404);
  });
});

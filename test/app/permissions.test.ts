// Walks the whole action table × every role (and no identity at all) and checks each answer
// against the roles the table declares (src/domain/permissions): the permission matrix is tested
// whole, in each compound of the demo, where each persona holds the roles they hold THERE (a
// manager of 侨亚小区 and 锦绣花园 is nobody in 阳光苑, which has no property company).
import { actionList } from '../../server/app/actions';
import { personas } from '../../server/demo/personas';
import { demoHarness, type Harness } from '../support/harness';
import { DEMO_COMPOUND, DEMO_COMPOUNDS } from '../../server/demo/tenancy';
import { ACTION_ROLES, allowed } from '../../src/domain/permissions';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
});
afterAll(() => h.close());

const rolesIn = (compound: string, p: (typeof personas)[number]): string[] =>
  compound === DEMO_COMPOUND ? (p.elsewhereOnly ? [] : p.roles) : (p.elsewhere?.find((e) => e.compoundId === compound)?.roles ?? []);
const callersIn = (compound: string): Array<{ persona: string | null; roles: string[] }> => [{ persona: null, roles: [] }, ...personas.map((p) => ({ persona: p.id, roles: rolesIn(compound, p) }))];

describe.each(DEMO_COMPOUNDS.map((c) => [c.name, c._id]))('permission matrix in %s', (_name, compound) => {
  for (const action of actionList) {
    for (const caller of callersIn(compound)) {
      const signedIn = caller.persona !== null;
      const allowed = action.roles.includes('public') || (signedIn && (action.roles.includes('user') || caller.roles.some((r) => action.roles.includes(r as never))));
      const label = caller.persona ?? 'anonymous';
      it(`${action.name} as ${label} is ${allowed ? 'let through' : 'refused'}`, async () => {
        // Empty input: an allowed caller reaches validation or the use-case, never a 401/403.
        const outcome = await h.callIn(compound, caller.persona, action.name, {});
        if (allowed) expect([401, 403]).not.toContain(outcome.status);
        else expect(outcome.status).toBe(signedIn ? 403 : 401);
        expect(outcome.status).toBeLessThan(500);
      });
    }
  }

});

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

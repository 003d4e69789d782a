// Walks the whole action table × every role (and no identity at all) and checks each answer
// against the roles the table declares: the permission matrix is tested whole.
import { actionList } from '../../server/app/actions';
import { personas } from '../../server/demo/personas';
import { demoHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
});
afterAll(() => h.close());

const callers: Array<{ persona: string | null; roles: string[] }> = [{ persona: null, roles: [] }, ...personas.map((p) => ({ persona: p.id, roles: p.roles as string[] }))];

describe('permission matrix', () => {
  for (const action of actionList) {
    for (const caller of callers) {
      const signedIn = caller.persona !== null;
      const allowed = action.roles.includes('public') || (signedIn && (action.roles.includes('user') || caller.roles.some((r) => action.roles.includes(r as never))));
      const label = caller.persona ?? 'anonymous';
      it(`${action.name} as ${label} is ${allowed ? 'let through' : 'refused'}`, async () => {
        // Empty input: an allowed caller reaches validation or the use-case, never a 401/403.
        const outcome = await h.call(caller.persona, action.name, {});
        if (allowed) expect([401, 403]).not.toContain(outcome.status);
        else expect(outcome.status).toBe(signedIn ? 403 : 401);
        expect(outcome.status).toBeLessThan(500);
      });
    }
  }

  it('every action declares at least one role and a summary', () => {
    for (const action of actionList) {
      expect(action.roles.length).toBeGreaterThan(0);
      expect(action.summary.length).toBeGreaterThan(2);
    }
  });

  it('lets only actions open to every signed-in user defer reading the caller', () => {
    const deferring = actionList.filter((a) => a.defersCaller);
    expect(deferring.map((a) => a.name)).toEqual(['compound.units', 'polls.cast']);
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

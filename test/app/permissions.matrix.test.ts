// Walks the whole action table × every role (and no identity at all) and checks each answer
// against the roles the table declares (src/domain/permissions): the permission matrix is tested
// whole, in each compound of the demo, where each persona holds the roles they hold THERE (a
// manager of 侨亚小区 and 锦绣花园 is nobody in 阳光苑, which has no property company).
//
// Run on SQLite only (the `unit` project; jest.config.js leaves it out of `cloud`): the role check
// is dispatch's, before any use-case, and reads the caller's user the same way on every store; the
// emulated store's side of it is covered on both stores: a first visit creating the user (people),
// every action called by every role of one compound into another (tenancy.isolation), and the
// relationship rules read from documents (permissions.relationships, permissions.polls). Its 4,800
// calls were 13% of the cloud project's time.
import { actionList } from '../../server/app/actions';
import { personas } from '../../server/demo/personas';
import { demoHarness, type Harness } from '../support/harness';
import { DEMO_COMPOUND, DEMO_COMPOUNDS } from '../../server/demo/tenancy';

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

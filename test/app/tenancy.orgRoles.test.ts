// Organisation roles (orgRoles.grant): the admin makes someone staff of 华宇物业 and they are staff in
// both compounds 华宇 serves, at once; a compound 华宇 later serves gives them access too (on their
// first visit, or when its ties are brought in step); withdrawing removes every copy. A resend with
// the same operation id writes nothing; every change is in each compound's audit log; and a call
// cut off at any write on the emulated CloudBase leaves all copies in step or none changed.
import { demoHarness, type Harness } from '../support/harness';
import type { Input } from '../support/actionTypes';
import { storedId } from '../../server/store/scoped';
import { bringOrgRolesInStep } from '../../server/app/tenancy/helpers/syncOrgRoles';
import type { UserDoc } from '../../server/app/model';
import type { AccountDoc } from '../../server/app/tenancy/model';
import type { CutKind } from '../../server/store/emulated';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
});
afterAll(() => h.close());

const NEWCOMER = 'user:demo-newcomer';
const RESIDENT = 'user:demo-resident';
const staffOfHuayu = (userId: string, grant: boolean, opId?: string): Input<'orgRoles.grant'> => ({ userId, orgId: 'company:huayu', role: 'staff', grant, ...(opId ? { opId } : {}) });
const rolesIn = async (w: Harness, compound: string, userId: string) => (await w.root.store.get<UserDoc>('users', storedId(compound, userId)))?.roles ?? null;
const events = (w: Harness, compound: string, type: string, subject: string) => w.root.store.count('events', { compoundId: compound, type, subject });

describe('granting a company role', () => {
  it('makes 陈晓 staff in 侨亚小区 and 锦绣花园 at once, and nowhere else', async () => {
    const out = await h.ok('admin', 'orgRoles.grant', staffOfHuayu(NEWCOMER, true, 'grant-newcomer-1'));
    expect(out).toMatchObject({ orgRoles: [{ role: 'staff', orgId: 'company:huayu' }], changed: true });
    expect(out.compounds.map((c: { name: string }) => c.name).sort()).toEqual(['侨亚小区', '锦绣花园'].sort());
    expect(await rolesIn(h, 'qiaoya', NEWCOMER)).toEqual(['staff']);
    expect(await rolesIn(h, 'jinxiu', NEWCOMER)).toEqual(['staff']);
    // What the copies give: their own tasks in both compounds, nothing in 阳光苑.
    expect((await h.callIn('qiaoya', 'newcomer', 'tasks.mine', {})).status).toBe(200);
    expect((await h.callIn('jinxiu', 'newcomer', 'tasks.mine', {})).status).toBe(200);
    expect((await h.callIn('yangguang', 'newcomer', 'tasks.mine', {})).status).toBe(403);
    // 锦绣花园 now lists them among its compounds (我的小区).
    expect((await h.ok('newcomer', 'compounds.mine', {})).items.map((c: { id: string }) => c.id)).toContain('jinxiu');
  });

  it('writes the grant to each compound’s audit log', async () => {
    expect(await events(h, 'qiaoya', 'role.granted', NEWCOMER)).toBe(1);
    expect(await events(h, 'jinxiu', 'role.granted', NEWCOMER)).toBe(1);
  });

  it('answers a resend with the same operation id as the first time and writes nothing more', async () => {
    const again = await h.ok('admin', 'orgRoles.grant', staffOfHuayu(NEWCOMER, true, 'grant-newcomer-1'));
    expect(again.changed).toBe(true);
    const plain = await h.ok('admin', 'orgRoles.grant', staffOfHuayu(NEWCOMER, true));
    expect(plain.changed).toBe(false);
    expect(await events(h, 'qiaoya', 'role.granted', NEWCOMER)).toBe(1);
    expect(await events(h, 'jinxiu', 'role.granted', NEWCOMER)).toBe(1);
  });

  it('refuses a role of another kind of organisation (400 naming role), unknown organisations and people (404), and anyone but the admin', async () => {
    const wrongKind = await h.call('admin', 'orgRoles.grant', { userId: NEWCOMER, orgId: 'company:huayu', role: 'community', grant: true });
    expect([wrongKind.status, (wrongKind.body as { error: { field: string } }).error.field]).toEqual([400, 'role']);
    const owner = await h.call('admin', 'orgRoles.grant', { userId: NEWCOMER, orgId: 'company:huayu', role: 'owner', grant: true });
    expect([owner.status, (owner.body as { error: { field: string } }).error.field]).toEqual([400, 'role']);
    expect((await h.call('admin', 'orgRoles.grant', { ...staffOfHuayu(NEWCOMER, true), orgId: 'company:nosuch' })).status).toBe(404);
    expect((await h.call('admin', 'orgRoles.grant', staffOfHuayu('user:nobody', true))).status).toBe(404);
    for (const who of ['manager', 'community', 'committee', 'street']) expect([who, (await h.call(who, 'orgRoles.grant', staffOfHuayu(RESIDENT, true))).status]).toEqual([who, 403]);
    expect(await rolesIn(h, 'jinxiu', RESIDENT)).toEqual(['owner']);
  });

  it('grants a community’s role in each of its three compounds', async () => {
    const out = await h.ok('admin', 'orgRoles.grant', { userId: RESIDENT, orgId: 'community:xuguang', role: 'community', grant: true });
    expect(out.compounds).toHaveLength(3);
    for (const c of ['qiaoya', 'jinxiu', 'yangguang']) expect([c, (await rolesIn(h, c, RESIDENT))?.includes('community')]).toEqual([c, true]);
    await h.ok('admin', 'orgRoles.grant', { userId: RESIDENT, orgId: 'community:xuguang', role: 'community', grant: false });
    expect(await rolesIn(h, 'jinxiu', RESIDENT)).toEqual(['owner']);
  });
});

describe('a compound the company serves later', () => {
  it('gives the company’s staff access: at once on a first visit, and by bringing the compound in step for someone already there', async () => {
    // 李明 has been in 阳光苑 before (a plain visitor), 陈丽华 never; both become 华宇's staff; then 华宇 takes on 阳光苑.
    await h.callIn('yangguang', 'resident', 'me', {});
    await h.ok('admin', 'orgRoles.grant', staffOfHuayu(RESIDENT, true));
    await h.ok('admin', 'orgRoles.grant', staffOfHuayu('user:demo-counter', true));
    await h.root.store.update('compounds', 'yangguang', { propertyCompanyId: 'company:huayu' });
    try {
      expect((await h.callIn('yangguang', 'counter', 'tasks.mine', {})).status).toBe(200); // first visit
      expect((await h.callIn('yangguang', 'resident', 'tasks.mine', {})).status).toBe(403); // an older record
      // Everyone holding a 华宇 role who lacked it there: 李明, 陈晓 (an older visit too), the demo's manager and 刘师傅.
      expect(await bringOrgRolesInStep(h.root.store, 'yangguang', h.clock.now())).toBe(4);
      expect((await h.callIn('yangguang', 'resident', 'tasks.mine', {})).status).toBe(200);
      expect(await rolesIn(h, 'yangguang', 'user:demo-manager')).toEqual(['manager']);
      expect(await rolesIn(h, 'yangguang', NEWCOMER)).toEqual(['staff']);
      expect(await bringOrgRolesInStep(h.root.store, 'yangguang', h.clock.now())).toBe(0);
    } finally {
      await h.root.store.update('compounds', 'yangguang', { propertyCompanyId: null });
    }
  });
});

describe('withdrawing a company role', () => {
  it('removes it from every compound the company serves, keeps their other roles, and logs it', async () => {
    const logged = await events(h, 'jinxiu', 'role.revoked', RESIDENT);
    const out = await h.ok('admin', 'orgRoles.grant', staffOfHuayu(RESIDENT, false, 'revoke-resident-1'));
    expect(out).toMatchObject({ orgRoles: [], changed: true });
    expect(await rolesIn(h, 'qiaoya', RESIDENT)).toEqual(['resident']);
    expect(await rolesIn(h, 'jinxiu', RESIDENT)).toEqual(['owner']);
    expect((await h.callIn('jinxiu', 'resident', 'tasks.mine', {})).status).toBe(403);
    expect(await events(h, 'jinxiu', 'role.revoked', RESIDENT)).toBe(logged + 1);
    expect((await h.root.store.get<AccountDoc>('accounts', RESIDENT))!.orgIds).toEqual([]);
  });
});

describe('a grant cut off by the platform (emulated CloudBase)', () => {
  it('leaves the account and both compounds’ copies all granted or all as they were, at every write and cut kind, and a resend finishes it', async () => {
    const base = await demoHarness(undefined, { store: 'emulated' });
    // The injected failures are logged as the server logs any store failure: expected here.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const input = staffOfHuayu(NEWCOMER, true, 'grant-cut-0001');
    const state = async (w: Harness) => {
      const account = await w.root.store.get<AccountDoc>('accounts', NEWCOMER);
      return [!!account?.orgRoles.some((r) => r.role === 'staff'), !!(await rolesIn(w, 'qiaoya', NEWCOMER))?.includes('staff'), !!(await rolesIn(w, 'jinxiu', NEWCOMER))?.includes('staff')];
    };
    try {
      const whole = await base.fork();
      const { invocation } = await whole.invoke('admin', 'orgRoles.grant', input, {});
      const writes = invocation.writes;
      await whole.close();
      expect(writes).toBeGreaterThanOrEqual(5);
      const seen = new Set<string>();
      for (const kind of ['fail', 'timeoutAfterWrite', 'kill'] as CutKind[]) {
        for (let atWrite = 1; atWrite <= writes; atWrite++) {
          const w = await base.fork();
          try {
            await w.invoke('admin', 'orgRoles.grant', input, { cut: { atWrite, kind } });
            const after = await state(w);
            seen.add(after.join());
            expect([kind, atWrite, after]).toEqual([kind, atWrite, after[0] ? [true, true, true] : [false, false, false]]);
            await w.ok('admin', 'orgRoles.grant', input);
            expect(await state(w)).toEqual([true, true, true]);
            expect(await events(w, 'jinxiu', 'role.granted', NEWCOMER)).toBe(1);
          } finally {
            await w.close();
          }
        }
      }
      expect([...seen].sort()).toEqual(['false,false,false', 'true,true,true']);
    } finally {
      quiet.mockRestore();
      await base.close();
    }
  }, 120_000);
});

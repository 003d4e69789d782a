import { demoHarness, type Harness } from '../support/harness';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const unitId = 'u:19栋--302';

describe('me', () => {
  it('shows the caller their own phone unmasked, their roles and verified units', async () => {
    const me = await h.ok('owner', 'me');
    expect(me.user).toMatchObject({ name: '王秀英', roles: ['owner'], phone: '13871230419' });
    expect(me.units).toEqual([expect.objectContaining({ label: '19栋301', building: '19栋', zone: '桥东', areaText: expect.stringMatching(/^\d+\.\d{2}㎡$/) })]);
  });

  it('creates a fresh user with no roles on a first visit', async () => {
    const outcome = await h.call(null, 'me');
    expect(outcome.status).toBe(401);
    const fresh = await h.deps.store.get('users', 'user:demo-stranger');
    expect(fresh).toBeNull();
  });
});

describe('owner verification', () => {
  it('lets a newcomer claim a unit and the committee approve it, granting the owner role', async () => {
    const { claim } = await h.ok('newcomer', 'claims.submit', { unitId, name: '陈晓', phoneLast4: '3315' });
    expect(claim.status).toBe('pending');
    const pending = await h.ok('committee', 'claims.pending');
    expect(pending.claims).toEqual([expect.objectContaining({ id: claim.id, unitLabel: '19栋302', name: '陈晓', phoneLast4: '3315', matchesRoster: false })]);
    await h.ok('committee', 'claims.review', { claimId: claim.id, approve: true });
    const me = await h.ok('newcomer', 'me');
    expect(me.user.roles).toContain('owner');
    expect(me.units.map((u: { label: string }) => u.label)).toEqual(['19栋302']);
    const events = await h.deps.store.find('events', { where: { subject: claim.id }, orderBy: [['at', 'asc']] });
    expect(events.map((e) => e.type)).toEqual(['claim.submitted', 'claim.approved']);
    expect(events[1].actorId).toBe('user:demo-committee');
    const outbox = await h.deps.store.find('outbox', { where: { toUserId: 'user:demo-newcomer', kind: 'claim.reviewed' } });
    expect(outbox).toHaveLength(1);
  });

  it('marks a claim whose name and phone match the roster', async () => {
    // The owner persona is the roster holder of 19栋301 with phone ending 0419.
    const { claim } = await h.ok('resident', 'claims.submit', { unitId: 'u:19栋--301', name: '王秀英', phoneLast4: '0419' });
    const pending = await h.ok('committee', 'claims.pending');
    expect(pending.claims.find((c: { id: string }) => c.id === claim.id)!.matchesRoster).toBe(true);
  });

  it('refuses a second claim for the same unit while the first is pending', async () => {
    await h.ok('newcomer', 'claims.submit', { unitId, name: '陈晓', phoneLast4: '3315' });
    const again = await h.call('newcomer', 'claims.submit', { unitId, name: '陈晓', phoneLast4: '3315' });
    expect(again.status).toBe(409);
  });

  it('requires a reason to reject, and lets the person claim again after a rejection', async () => {
    const { claim } = await h.ok('newcomer', 'claims.submit', { unitId, name: '陈晓', phoneLast4: '3315' });
    const noReason = await h.call('committee', 'claims.review', { claimId: claim.id, approve: false });
    expect(noReason.status).toBe(400);
    expect(noReason.body.ok || noReason.body.error.field).toBe('reason');
    await h.ok('committee', 'claims.review', { claimId: claim.id, approve: false, reason: '姓名与名册不符' });
    const home = await h.ok('newcomer', 'home');
    expect(home.items[0]).toMatchObject({ kind: 'claim.rejected', detail: expect.stringContaining('姓名与名册不符') });
    const retry = await h.call('newcomer', 'claims.submit', { unitId, name: '陈晓', phoneLast4: '3315' });
    expect(retry.status).toBe(200);
  });

  it('refuses to review the same claim twice with 409 and the current state', async () => {
    const { claim } = await h.ok('newcomer', 'claims.submit', { unitId, name: '陈晓', phoneLast4: '3315' });
    await h.ok('committee', 'claims.review', { claimId: claim.id, approve: true });
    const twice = await h.call('committee', 'claims.review', { claimId: claim.id, approve: false, reason: '重复' });
    expect(twice.status).toBe(409);
    expect(twice.body.ok || twice.body.error.details).toEqual({ status: 'approved' });
  });

  it('names the field of a bad claim', async () => {
    const bad = await h.call('newcomer', 'claims.submit', { unitId, name: '陈晓', phoneLast4: '33a5' });
    expect(bad.status).toBe(400);
    expect(bad.body.ok || bad.body.error).toMatchObject({ field: 'phoneLast4', message: '手机号后四位应是 4 个数字' });
    const unknown = await h.call('newcomer', 'claims.submit', { unitId: 'u:nowhere', name: '陈晓', phoneLast4: '3315' });
    expect(unknown.status).toBe(404);
    const extra = await h.call('newcomer', 'claims.submit', { unitId, name: '陈晓', phoneLast4: '3315', userId: 'user:demo-admin' });
    expect(extra.status).toBe(400);
    expect(extra.body.ok || extra.body.error.field).toBe('userId');
  });
});

describe('role grants', () => {
  it('lets the admin grant and withdraw a role, logging both', async () => {
    await h.ok('admin', 'roles.grant', { userId: 'user:demo-newcomer', role: 'staff', grant: true });
    expect((await h.ok('newcomer', 'me')).user.roles).toEqual(['staff']);
    await h.ok('admin', 'roles.grant', { userId: 'user:demo-newcomer', role: 'staff', grant: false });
    expect((await h.ok('newcomer', 'me')).user.roles).toEqual([]);
    const events = await h.deps.store.find('events', { where: { subject: 'user:demo-newcomer' }, orderBy: [['at', 'asc']] });
    expect(events.map((e) => [e.type, (e.data as { role: string }).role, e.actorId])).toEqual([
      ['role.granted', 'staff', 'user:demo-admin'],
      ['role.revoked', 'staff', 'user:demo-admin'],
    ]);
  });

  it('refuses an unknown role and the admin withdrawing their own admin role', async () => {
    const bad = await h.call('admin', 'roles.grant', { userId: 'user:demo-newcomer', role: 'king', grant: true });
    expect(bad.status).toBe(400);
    expect(bad.body.ok || bad.body.error.field).toBe('role');
    const self = await h.call('admin', 'roles.grant', { userId: 'user:demo-admin', role: 'admin', grant: false });
    expect(self.status).toBe(409);
  });

  it('shows phones masked in the admin user list', async () => {
    const { users } = await h.ok('admin', 'users.list', { q: '王秀英' });
    expect(users).toEqual([expect.objectContaining({ name: '王秀英', phoneMasked: '138****0419' })]);
    expect(JSON.stringify(users)).not.toContain('13871230419');
  });
});

describe('compound', () => {
  it('lists the demo compound with at least 600 units across the three areas', async () => {
    const { compound, buildings } = await h.ok(null, 'compound.buildings');
    expect(compound.name).toBe('侨亚小区');
    expect(new Set(buildings.map((b: { zone: string }) => b.zone))).toEqual(new Set(['海韵', '颐乐园', '桥东']));
    const total = buildings.reduce((sum: number, b: { unitCount: number }) => sum + b.unitCount, 0);
    expect(total).toBeGreaterThanOrEqual(600);
    expect(await h.deps.store.count('units')).toBe(total);
  });

  it('lists a building’s units without any holder data', async () => {
    const { units } = await h.ok('newcomer', 'compound.units', { buildingId: 'b:19栋' });
    expect(units).toHaveLength(24);
    expect(JSON.stringify(units)).not.toMatch(/holder|phone/);
  });
});

describe('home', () => {
  it('shows staff their late and due tasks, the manager the reports to accept, and a reporter the fix to confirm', async () => {
    const staff = await h.ok('staff', 'home');
    expect(staff.items.map((i: { kind: string }) => i.kind)).toContain('tasks.mine');
    const manager = await h.ok('manager', 'home');
    expect(manager.items.find((i: { kind: string }) => i.kind === 'issues.accept')!.title).toMatch(/^\d+ 条报事待受理$/);
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮掉了' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'start' });
    const photo = await (await import('../support/photos')).uploadPhoto(h, 'manager');
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'finish', note: '补好了', photos: [photo] });
    const owner = await h.ok('owner', 'home');
    expect(owner.items.find((i: { kind: string }) => i.kind === 'issue.confirm')).toMatchObject({ title: '修好了吗?请确认', page: expect.stringContaining(encodeURIComponent(issue.id)) });
  });
});

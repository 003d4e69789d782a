// users.list finds people three ways, each an indexed lookup: the start of a name, a flat
// ("19栋301", "19-301") and the last four digits of a phone; phones only ever leave masked.
import { demoHarness, type Harness } from '../support/harness';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

type Person = { id: string; name: string; phoneMasked: string | null; flats: string[] };
const names = (users: Person[]) => users.map((u) => u.name);

describe('users.list search', () => {
  it('finds by the start of a name', async () => {
    const { users } = await h.ok('admin', 'users.list', { q: '王秀' });
    expect(users).toEqual([expect.objectContaining({ id: 'user:demo-owner', name: '王秀英', phoneMasked: '138****0419', flats: ['19栋301'] })]);
    const all = await h.ok('admin', 'users.list', { q: '王' });
    expect(all.users.length).toBeGreaterThanOrEqual(1);
    expect(all.users.every((u: Person) => u.name.startsWith('王'))).toBe(true);
  });

  it('finds by flat, written either way, with or without the 单元', async () => {
    for (const q of ['19栋301', '19-301']) expect(names((await h.ok('committee', 'users.list', { q })).users)).toEqual(['王秀英']);
    expect(names((await h.ok('committee', 'users.list', { q: '3-2-502' })).users)).toEqual(['李明']);
    expect(names((await h.ok('committee', 'users.list', { q: '3栋502' })).users)).toEqual(['李明']);
    expect((await h.ok('committee', 'users.list', { q: '99栋101' })).users).toEqual([]);
  });

  it('finds by the last four digits of the phone, and never answers a whole number', async () => {
    const { users } = await h.ok('committee', 'users.list', { q: '4428' });
    expect(users).toEqual([expect.objectContaining({ name: '李明', phoneMasked: '159****4428', flats: ['3栋2单元502'] })]);
    for (const q of ['4428', '李', '3-2-502', '']) {
      const text = JSON.stringify(await h.ok('admin', 'users.list', { q }));
      expect(text).not.toMatch(/1\d{10}/);
    }
  });

  it('finds an owner by their roster phone tail once the committee approves their claim', async () => {
    const unitId = 'u:19栋--302';
    const holder = await h.deps.store.get<{ _id: string; phone: string }>('holders', (await h.deps.store.get<{ _id: string; holderId: string }>('units', unitId))!.holderId);
    const tail = holder!.phone.slice(-4);
    // A WeChat user with no phone of their own on record, as every user in the cloud is.
    const { claim } = await h.ok('stranger', 'claims.submit', { unitId, name: '新业主', phoneLast4: tail });
    await h.ok('committee', 'claims.review', { claimId: claim.id, approve: true });
    const found = (await h.ok('committee', 'users.list', { q: tail })).users as Person[];
    const me = found.find((u) => u.id === 'user:demo-stranger');
    expect(me).toBeDefined();
    expect(me!.phoneMasked).toMatch(new RegExp(`\\*{4}${tail}$`));
    expect(names((await h.ok('committee', 'users.list', { q: '19-302' })).users)).toContain(me!.name);
  });

  it('pages everyone 50 at a time', async () => {
    const at = h.clock.now().toISOString();
    await h.deps.store.insertMany('users', Array.from({ length: 60 }, (_, i) => ({ _id: `user:extra-${i}`, openid: `extra-${i}`, name: '微信用户', roles: [], phone: null, createdAt: at })));
    const first = await h.ok('admin', 'users.list', {});
    expect(first.users).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    const second = await h.ok('admin', 'users.list', { skip: first.nextSkip });
    expect(second.users[0].id).not.toBe(first.users[0].id);
    expect(new Set([...first.users, ...second.users].map((u: Person) => u.id)).size).toBe(first.users.length + second.users.length);
  });

  it('is for the admin and the committee only', async () => {
    for (const who of ['owner', 'resident', 'staff', 'manager', 'community']) expect((await h.call(who, 'users.list', { q: '王' })).status).toBe(403);
  });
});

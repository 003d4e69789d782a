// Joining a compound: a newcomer finds one by city, district and name (public facts only, a page
// at a time, bad input named), reads its welcome, and a resident gets its share path and QR code;
// a WeChat group's 本群 belongs to the compound the group was entered from.
import { demoHarness, type Harness } from '../support/harness';
import { present } from '../support/narrow';
import { personas } from '../../server/demo/personas';
import { SEARCH_PAGE_SIZE } from '../../server/app/tenancy/compounds.search';
import { compoundFromLaunch } from '../../src/domain/joining';
import type { CompoundDoc } from '../../server/app/tenancy/model';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
});
afterAll(() => h.close());

const names = (out: { items: Array<{ name: string }> }) => out.items.map((i) => i.name);

describe('compounds.search', () => {
  it('finds the demo compounds by city and district, with where they are and how many flats, and no people', async () => {
    const out = await h.ok('newcomer', 'compounds.search', { city: '武汉市', district: '新洲区' });
    expect(names(out).sort()).toEqual(['侨亚小区', '锦绣花园', '阳光苑'].sort());
    const yangguang = out.items.find((i: { name: string }) => i.name === '阳光苑');
    // 3 buildings without 单元, 5 floors, 2 flats a floor (server/demo/tenancy.ts).
    expect(yangguang).toEqual({ id: 'yangguang', name: '阳光苑', city: '武汉市', district: '新洲区', street: '阳逻街道', community: '旭光社区', flats: 30 });
    const text = JSON.stringify(out);
    for (const p of personas) for (const trace of [p.name, p.phone]) expect([trace, text.includes(trace)]).toEqual([trace, false]);
  });

  it('narrows by the start of the name, and finds nothing in another district or city', async () => {
    expect(names(await h.ok('newcomer', 'compounds.search', { city: '武汉市', district: '新洲区', name: '阳光' }))).toEqual(['阳光苑']);
    expect(names(await h.ok('newcomer', 'compounds.search', { name: '锦绣' }))).toEqual(['锦绣花园']);
    expect(names(await h.ok('newcomer', 'compounds.search', { city: '武汉市', district: '江岸区' }))).toEqual([]);
    expect(names(await h.ok('newcomer', 'compounds.search', { city: '黄冈市' }))).toEqual([]);
    // The middle of a name is not its start.
    expect(names(await h.ok('newcomer', 'compounds.search', { name: '光苑' }))).toEqual([]);
  });

  it('pages through many compounds in name order without repeating or skipping one', async () => {
    const extra = Array.from({ length: SEARCH_PAGE_SIZE + 5 }, (_, i) => ({ _id: `test-${String(i).padStart(2, '0')}`, name: `测试小区${String(i).padStart(2, '0')}`, city: '测试市', district: '一区', communityId: 'community:xuguang', propertyCompanyId: null, hasCommittee: false, createdAt: '2026-03-01T00:00:00.000Z' }) satisfies CompoundDoc);
    for (const c of extra) await h.root.store.set('compounds', c);
    const first = await h.ok('newcomer', 'compounds.search', { city: '测试市', district: '一区' });
    const second = await h.ok('newcomer', 'compounds.search', { city: '测试市', district: '一区', page: 2 });
    expect([first.items.length, first.hasMore, second.items.length, second.hasMore]).toEqual([SEARCH_PAGE_SIZE, true, 5, false]);
    expect([...names(first), ...names(second)]).toEqual(extra.map((c) => c.name));
    expect(first.items[0]).toMatchObject({ flats: 0, community: '旭光社区' });
  });

  it('answers bad input with a 400 naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ district: '新洲区' }, 'city'],
      [{ city: 'x'.repeat(21) }, 'city'],
      [{ city: '武汉市', district: 5 }, 'district'],
      [{ name: '阳光\u202e' }, 'name'],
      [{ page: 0 }, 'page'],
      [{ page: 1.5 }, 'page'],
      [{ page: 51 }, 'page'],
      [{ city: '武汉市', phone: '138' }, 'phone'],
    ];
    for (const [input, field] of cases) {
      const out = await h.call('newcomer', 'compounds.search', input);
      expect([input, out.status, (out.body as { error?: { field?: string } }).error?.field]).toEqual([input, 400, field]);
    }
  });

  it('needs a signed-in caller, and makes a searching newcomer a visitor of no compound', async () => {
    expect((await h.call(null, 'compounds.search', {})).status).toBe(401);
    const before = await h.root.store.count('enrolments', {});
    await h.callIn('jinxiu', 'newcomer', 'compounds.search', { name: '阳' });
    expect(await h.root.store.count('enrolments', {})).toBe(before);
  });
});

describe('compounds.about (the welcome screen)', () => {
  it('tells a newcomer opening a card of 锦绣花园 what it is and that they are not in it yet', async () => {
    const out = await h.okIn('jinxiu', 'newcomer', 'compounds.about', {});
    expect(out).toEqual({ compound: { id: 'jinxiu', name: '锦绣花园', city: '武汉市', district: '新洲区', street: '阳逻街道', community: '旭光社区', flats: 96, hasCommittee: true }, member: false });
  });

  it('tells an owner of 锦绣花园 they already belong there', async () => {
    expect(await h.okIn('jinxiu', 'resident', 'compounds.about', {})).toMatchObject({ member: true });
  });

  it('refuses a compound that does not exist (404, field compound)', async () => {
    const out = await h.callIn('nowhere', 'newcomer', 'compounds.about', {});
    expect([out.status, (out.body as { error: { field: string } }).error.field]).toEqual([404, 'compound']);
  });
});

describe('compounds.joinCode', () => {
  it('gives the share path and scene that open the welcome page in the current compound; no image without WeChat', async () => {
    const out = await h.okIn('jinxiu', 'jinxiu-committee', 'compounds.joinCode', {});
    expect(out).toEqual({ compound: { id: 'jinxiu', name: '锦绣花园' }, path: '/packages/people/join/index?compound=jinxiu', scene: 'c=jinxiu', image: null });
    // What the app reads back from the card's query and from the code's scene (URI-encoded by WeChat).
    expect(compoundFromLaunch({ compound: 'jinxiu' })).toBe('jinxiu');
    expect(compoundFromLaunch({ scene: encodeURIComponent(present(out.scene, 'scene')) })).toBe('jinxiu');
  });

  it('returns WeChat’s mini-program code for the welcome page when the cloud can draw one', async () => {
    const asked: Array<{ page: string; scene: string }> = [];
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    // On the root and on 侨亚小区's deps: a compound's deps are made once (copies of the root's), so
    // on SQLite a drawer put on h.root afterwards never reaches the action, while on the emulated
    // store each invocation copies the root's deps afresh.
    const drawer: NonNullable<typeof h.deps.miniCodes> = {
      async unlimited(code) {
        asked.push(code);
        return { contentType: 'image/png', bytes: png };
      },
    };
    h.root.miniCodes = drawer;
    h.deps.miniCodes = drawer;
    try {
      const out = await h.ok('owner', 'compounds.joinCode', {});
      expect(asked).toEqual([{ page: 'packages/people/join/index', scene: 'c=qiaoya' }]);
      expect(out.image).toBe(`data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    } finally {
      delete h.root.miniCodes;
      delete h.deps.miniCodes;
    }
  });

  it('refuses bad input and callers who are not signed in', async () => {
    const bad = await h.call('owner', 'compounds.joinCode', { compound: 'jinxiu' });
    expect([bad.status, (bad.body as { error: { field: string } }).error.field]).toEqual([400, 'compound']);
    expect((await h.call(null, 'compounds.joinCode', {})).status).toBe(401);
  });
});

describe('本群 belongs to the compound the group was entered from', () => {
  it('lists only compound A’s items for a group entered from A’s card, though the same group saw B’s card too', async () => {
    const { issue: a } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '侨亚:墙皮脱落', visibility: 'public' });
    const { issue: b } = await h.okIn('jinxiu', 'jinxiu-committee', 'issues.report', { category: 'pipe_leak', place: { unitId: 'u:1栋-1单元-101' }, description: '锦绣:水管漏水', visibility: 'public' });
    // 李明 rents in 侨亚小区 and owns in 锦绣花园: one WeChat group, a card from each compound.
    const inA = await h.ok('resident', 'groups.enter', { simulated: 'neighbours', item: { kind: 'issue', id: a.id } });
    const inB = await h.okIn('jinxiu', 'resident', 'groups.enter', { simulated: 'neighbours', item: { kind: 'issue', id: b.id } });
    expect([inA.group.compound, inB.group.compound, inA.group.key === inB.group.key]).toEqual(['qiaoya', 'jinxiu', true]);
    const listA = await h.ok('resident', 'groups.items', { group: inA.group.key });
    const listB = await h.okIn('jinxiu', 'resident', 'groups.items', { group: inB.group.key });
    expect(listA.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect(listB.items.map((i: { id: string }) => i.id)).toEqual([b.id]);
    expect(JSON.stringify(listA)).not.toContain('锦绣');
  });

  it('records nothing when a card names an item of another compound, and B’s group is not listed from A', async () => {
    const { issue: b } = await h.okIn('jinxiu', 'jinxiu-committee', 'issues.report', { category: 'pipe_leak', place: { unitId: 'u:1栋-1单元-101' }, description: '锦绣:楼道灯坏', visibility: 'public' });
    // The card of B's issue opened while the app is in A: A has no such issue, so A's group gains nothing.
    expect(await h.ok('resident', 'groups.enter', { simulated: 'only-b', item: { kind: 'issue', id: b.id } })).toMatchObject({ shared: false });
    const inB = await h.okIn('jinxiu', 'jinxiu-committee', 'groups.enter', { simulated: 'only-b-2', item: { kind: 'issue', id: b.id } });
    // Someone in A who never entered that group from A cannot list it there (the visit is B's record).
    expect((await h.callIn('qiaoya', 'resident', 'groups.items', { group: inB.group.key })).status).toBe(403);
  });
});

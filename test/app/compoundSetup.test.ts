// Setting up a compound (issue 13 point 4): compounds.create, compounds.setupOptions and
// compounds.settings.get/save, and the readers that take the compound's settings instead of the
// constants of before (places, SLA, care team, message texts).
import { demoHarness, type Harness } from '../support/harness';
import { present } from '../support/narrow';
import { runJobs } from '../../server/app/jobs/runJobs';
import { compoundDeps } from '../../server/app/tenancy/helpers/scope';
import type { Outcome } from '../../server/app/dispatch';
import type { OutgoingMessage } from '../../server/app/context';
import { compoundNotifier } from '../../server/app/tenancy/helpers/settings';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';
import type { Store } from '../../server/store/port';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const errorOf = (o: Outcome) => (o.body.ok ? null : o.body.error);
const twoBuildings = [
  { name: 'A座', units: 2, floors: 3, roomsPerFloor: 2 },
  { name: 'B座', units: 0, floors: 2, roomsPerFloor: 2 },
];
const newCompound = (over: Record<string, unknown> = {}) => ({ opId: 'setupTest01', name: '新城家园', communityId: 'community:xuguang', buildings: twoBuildings, ...over });
const otherCommunity = () => h.root.store.set('orgs', { _id: 'community:dongfeng', kind: 'community', name: '东风社区', streetId: 'street:yangluo' });

describe('compounds.create', () => {
  it('opens a compound with its buildings, flats, starter teams and the creator in it', async () => {
    const { compound } = await h.ok('admin', 'compounds.create', newCompound());
    expect(compound).toEqual({ id: 'c-setuptest01', name: '新城家园', communityId: 'community:xuguang' });
    const buildings = await h.okIn(compound.id, 'admin', 'compound.buildings');
    expect(buildings.buildings.map((b: { name: string }) => b.name)).toEqual(['A座', 'B座']);
    const units = await h.okIn(compound.id, 'admin', 'compound.units', { buildingId: 'b:A座' });
    expect(units.units.map((u: { label: string }) => u.label)).toEqual(expect.arrayContaining(['A座1单元101', 'A座2单元302']));
    expect(units.units).toHaveLength(12);
    const teams = await h.okIn(compound.id, 'admin', 'volunteers.teams');
    expect(teams.items.map((t: { name: string }) => t.name)).toEqual(['爱心服务队', '保洁服务队']);
    const mine = await h.ok('admin', 'compounds.mine');
    expect(mine.items.map((i: { name: string }) => i.name)).toContain('新城家园');
  });

  it('answers a resent tap with the same compound and makes no second one', async () => {
    const first = await h.ok('admin', 'compounds.create', newCompound());
    const again = await h.ok('admin', 'compounds.create', newCompound());
    expect(again).toEqual(first);
    expect(await h.root.store.count('compounds', { name: '新城家园' })).toBe(1);
  });

  it('refuses a name the community already has with 409 naming the name, and writes nothing', async () => {
    const taken = await h.call('admin', 'compounds.create', newCompound({ name: '侨亚小区' }));
    expect([taken.status, errorOf(taken)?.field]).toEqual([409, 'name']);
    await h.ok('admin', 'compounds.create', newCompound());
    const twice = await h.call('admin', 'compounds.create', newCompound({ opId: 'setupTest02' }));
    expect([twice.status, errorOf(twice)?.field]).toEqual([409, 'name']);
    expect(await h.root.store.count('compounds', {})).toBe(4);
    expect(await h.root.store.get('compounds', 'c-setuptest02')).toBeNull();
  });

  it('lets another community use the same name', async () => {
    await otherCommunity();
    await h.ok('admin', 'compounds.create', newCompound());
    expect((await h.call('admin', 'compounds.create', newCompound({ opId: 'setupTest02', communityId: 'community:dongfeng' }))).status).toBe(200);
  });

  it.each([
    [{ name: '' }, 400, 'name'],
    [{ buildings: [] }, 400, 'buildings'],
    [{ buildings: [twoBuildings[0], { ...twoBuildings[1], name: 'A座' }] }, 400, 'buildings.1.name'],
    [{ buildings: [{ name: 'A座', units: 2, floors: 0, roomsPerFloor: 2 }] }, 400, 'buildings.0.floors'],
    [{ buildings: [{ name: 'A座', units: 10, floors: 20, roomsPerFloor: 2 }] }, 400, 'buildings'],
    [{ sla: { acceptHours: 0, firstActionHours: 72 } }, 400, 'sla.acceptHours'],
    [{ sla: { acceptHours: 24, firstActionHours: 721 } }, 400, 'sla.firstActionHours'],
    [{ teams: ['巡逻队', '巡逻队'] }, 400, 'teams.1'],
    [{ communityId: 'community:nowhere' }, 404, 'communityId'],
    [{ propertyCompanyId: 'company:nowhere' }, 404, 'propertyCompanyId'],
  ])('refuses %j with %i naming %s, writing nothing', async (over, status, field) => {
    const outcome = await h.call('admin', 'compounds.create', newCompound(over));
    expect([outcome.status, errorOf(outcome)?.field]).toEqual([status, field]);
    expect(await h.root.store.get('compounds', 'c-setuptest01')).toBeNull();
  });

  it('takes no buildings when the roster comes later', async () => {
    const { compound } = await h.ok('admin', 'compounds.create', newCompound({ buildings: [], rosterLater: true }));
    expect((await h.okIn(compound.id, 'admin', 'compound.buildings')).buildings).toEqual([]);
  });

  it('lets the community open one in its own community and refuses another community’s', async () => {
    await otherCommunity();
    const own = await h.call('community', 'compounds.create', newCompound());
    expect(own.status).toBe(200);
    const other = await h.call('community', 'compounds.create', newCompound({ opId: 'setupTest02', communityId: 'community:dongfeng' }));
    expect([other.status, errorOf(other)?.field]).toEqual([403, 'communityId']);
    const options = await h.ok('community', 'compounds.setupOptions');
    expect(options.communities.map((c: { id: string }) => c.id)).toEqual(['community:xuguang']);
    const all = await h.ok('admin', 'compounds.setupOptions');
    expect(all.communities.map((c: { id: string }) => c.id).sort()).toEqual(['community:dongfeng', 'community:xuguang']);
  });

  it.each(['owner', 'committee', 'manager', 'street', 'resident'])('refuses the %s with 403', async (persona) => {
    expect((await h.call(persona, 'compounds.create', newCompound())).status).toBe(403);
  });
});

describe('a new compound is its own', () => {
  it('shares nothing with the compound it was created from', async () => {
    const { compound } = await h.ok('admin', 'compounds.create', newCompound());
    const qiaoya = await h.ok('admin', 'compound.buildings');
    expect(qiaoya.buildings.map((b: { name: string }) => b.name)).not.toContain('A座');
    const { issue } = await h.okIn(compound.id, 'admin', 'issues.report', { category: 'cleaning', place: { buildingId: 'b:A座', part: 'stair' }, description: 'A座楼道灯不亮了,晚上看不见。', visibility: 'public' });
    const feed = await h.ok('owner', 'issues.feed', {});
    expect(feed.items.map((i: { id: string }) => i.id)).not.toContain(issue.id);
    expect((await h.call('owner', 'issues.get', { issueId: issue.id })).status).toBe(404);
    // Nobody of 侨亚小区 holds a role there: its settings are refused to them.
    expect((await h.callIn(compound.id, 'committee', 'compounds.settings.get')).status).toBe(403);
  });

  it('refuses a community its settings when the compound is outside its community', async () => {
    await otherCommunity();
    const { compound } = await h.ok('admin', 'compounds.create', newCompound({ communityId: 'community:dongfeng' }));
    expect((await h.callIn(compound.id, 'community', 'compounds.settings.get')).status).toBe(403);
    expect((await h.callIn(compound.id, 'community', 'compounds.settings.save', { sla: { acceptHours: 2, firstActionHours: 4 } })).status).toBe(403);
    expect((await h.callIn(compound.id, 'admin', 'compounds.settings.get')).status).toBe(200);
  });
});

describe('compounds.settings', () => {
  it('shows today’s values for 侨亚小区: its places, 24/72 h, 爱心服务队', async () => {
    const s = await h.ok('community', 'compounds.settings.get');
    expect(s.commonPlaces).toEqual(expect.arrayContaining(['主干道', '配电房']));
    expect(present(s.buildings.find((b: { name: string }) => b.name === '3栋'), '3栋').places).toEqual(['楼道', '楼顶', '地下室']);
    expect(s.sla).toEqual({ acceptHours: 24, firstActionHours: 72 });
    expect(s.careTeamId).toBe('team:care');
    expect(s.templates.find((t: { kind: string }) => t.kind === 'issue.status')).toMatchObject({ field: 'note', text: '' });
  });

  it('gives the smaller demo compounds their own places', async () => {
    const places = await h.okIn('yangguang', 'yangguang-owner', 'issues.places');
    expect(places.common.map((p: { label: string }) => p.label)).toEqual(['小区大门', '垃圾站', '自行车棚', '晾衣场']);
    expect(places.mine.map((p: { label: string }) => p.label)).toEqual(['2栋301', '2栋楼道']);
  });

  it('sets places per building and the report form offers exactly those', async () => {
    const { compound } = await h.ok('admin', 'compounds.create', newCompound());
    await h.okIn(compound.id, 'admin', 'compounds.settings.save', { commonPlaces: ['小区大门', '儿童乐园'], buildings: [{ id: 'b:A座', places: ['楼道', '电梯'] }] });
    const places = await h.okIn(compound.id, 'admin', 'issues.places');
    expect(places.common.map((p: { label: string }) => p.label)).toEqual(['小区大门', '儿童乐园']);
    const a = present(places.buildings.find((b: { name: string }) => b.name === 'A座'), 'A座');
    expect(a.places).toEqual([{ value: 'building:b:A座:stair', label: 'A座楼道' }, { value: 'building:b:A座:电梯', label: 'A座电梯' }]);
    const report = (place: unknown) => h.callIn(compound.id, 'admin', 'issues.report', { category: 'other', place, description: '电梯按钮失灵,按了没反应。', visibility: 'public' });
    expect((await report({ buildingId: 'b:A座', part: '电梯' })).status).toBe(200);
    expect((await report({ common: '儿童乐园' })).status).toBe(200);
    const roof = await report({ buildingId: 'b:A座', part: 'roof' });
    expect([roof.status, errorOf(roof)?.field, errorOf(roof)?.message]).toEqual([400, 'place', 'A座没有楼顶,请另选地点']);
    expect([(await report({ common: 'main_road' })).status]).toEqual([400]);
    // 侨亚小区's form is untouched.
    expect((await h.ok('owner', 'issues.places')).common.map((p: { label: string }) => p.label)).toContain('主干道');
  });

  it.each([
    [{ sla: { acceptHours: 0, firstActionHours: 72 } }, 400, 'sla.acceptHours'],
    [{ sla: { acceptHours: 24, firstActionHours: 721 } }, 400, 'sla.firstActionHours'],
    [{ commonPlaces: ['大门', '大门'] }, 400, 'commonPlaces.1'],
    [{ commonPlaces: ['一二三四五六七八九十一'] }, 400, 'commonPlaces.0'],
    [{ buildings: [{ id: 'b:99栋', places: ['楼道'] }] }, 404, 'buildings.0.id'],
    [{ buildings: [{ id: 'b:3栋', places: ['楼道', 'stair'] }] }, 400, 'buildings.0.places.1'],
    [{ careTeamId: 'team:nowhere' }, 404, 'careTeamId'],
    [{ careLeaderId: 'user:demo-manager' }, 400, 'careLeaderId'],
    [{ newTeams: ['保洁服务队'] }, 400, 'newTeams.0'],
    [{ templates: { 'issue.status': { note: '一'.repeat(21) } } }, 400, 'templates.issue.status.note'],
    [{ nonsense: 1 }, 400, 'nonsense'],
  ])('refuses %j with %i naming %s and keeps the settings', async (input, status, field) => {
    const before = await h.ok('admin', 'compounds.settings.get');
    const outcome = await h.call('admin', 'compounds.settings.save', input);
    expect([outcome.status, errorOf(outcome)?.field]).toEqual([status, field]);
    expect(await h.ok('admin', 'compounds.settings.get')).toEqual(before);
  });

  it('refuses the owner, the manager and the street', async () => {
    for (const persona of ['owner', 'manager', 'street']) expect((await h.call(persona, 'compounds.settings.save', { sla: { acceptHours: 1, firstActionHours: 2 } })).status).toBe(403);
  });

  it('names the care team and its leader, and adds a team, once for a resent save', async () => {
    const team = await h.ok('community', 'volunteers.team', { teamId: 'team:care' });
    const member = team.members[0];
    expect(member).toBeDefined();
    await h.ok('community', 'compounds.settings.save', { opId: 'settingsOp01', careTeamId: 'team:care', careLeaderId: member.userId, newTeams: ['巡逻队'] });
    await h.ok('community', 'compounds.settings.save', { opId: 'settingsOp01', careTeamId: 'team:care', careLeaderId: member.userId, newTeams: ['巡逻队'] });
    const s = await h.ok('community', 'compounds.settings.get');
    expect(present(s.teams.find((t: { id: string }) => t.id === 'team:care'), 'team:care').leaderId).toBe(member.userId);
    expect(s.teams.filter((t: { name: string }) => t.name === '巡逻队')).toHaveLength(1);
  });
});

describe('the care screens pair with the compound’s own care team', () => {
  it('volunteers.team { care: true } answers the team 小区设置 chose, the default before', async () => {
    expect((await h.ok('community', 'volunteers.team', { care: true })).team.id).toBe('team:care');
    const cleaning = await h.ok('community', 'volunteers.team', { teamId: 'team:cleaning' });
    const leader = cleaning.members[0];
    expect(leader).toBeDefined();
    await h.ok('community', 'compounds.settings.save', { opId: 'settingsOp02', careTeamId: 'team:cleaning', careLeaderId: leader!.userId });
    expect((await h.ok('community', 'volunteers.team', { care: true })).team.id).toBe('team:cleaning');
    const neither = await h.call('community', 'volunteers.team', {});
    expect([neither.status, errorOf(neither)?.field]).toEqual([400, 'teamId']);
  });
});

describe('the compound’s SLA decides what is overdue', () => {
  const report = () => h.ok('owner', 'issues.report', { category: 'cleaning', place: { common: 'square' }, description: '中心广场的垃圾两天没人收了。', visibility: 'public' });

  it('on the dispatch board, the issue page and in the jobs’ alerts', async () => {
    const { issue } = await report();
    h.clock.advance(13 * 3_600_000);
    const board = async () => {
      const b = await h.ok('manager', 'tasks.board');
      return { overdue: b.overdueIssues as number, mine: present(b.toAccept.find((i: { id: string }) => i.id === issue.id), issue.id).acceptOverdue as boolean };
    };
    const before = await board();
    expect(before.mine).toBe(false);
    expect((await h.ok('manager', 'issues.get', { issueId: issue.id })).issue.acceptOverdue).toBe(false);
    await runJobs(compoundDeps(h.root, 'qiaoya'));
    const alerts = async () => (await h.deps.store.find<{ _id: string; dedupeKey: string }>('outbox', { where: { kind: 'issue.overdue' }, limit: 100 })).filter((m) => m.dedupeKey.includes(issue.id)).length;
    expect(await alerts()).toBe(0);

    await h.ok('admin', 'compounds.settings.save', { sla: { acceptHours: 12, firstActionHours: 48 } });
    const after = await board();
    expect(after.mine).toBe(true);
    expect(after.overdue).toBeGreaterThan(before.overdue);
    expect((await h.ok('manager', 'issues.get', { issueId: issue.id })).issue.acceptOverdue).toBe(true);
    await runJobs(compoundDeps(h.root, 'qiaoya'));
    expect(await alerts()).toBeGreaterThan(0);
    // 锦绣花园 has its own 12 h; 侨亚小区's change moved nothing there.
    expect((await h.okIn('jinxiu', 'admin', 'compounds.settings.get')).sla).toEqual({ acceptHours: 12, firstActionHours: 48 });
  });

  it('and the scorecard rules read it', async () => {
    await h.ok('admin', 'compounds.settings.save', { sla: { acceptHours: 8, firstActionHours: 48 } });
    expect((await h.ok('owner', 'inspections.scorecards')).rules.join('')).toContain('8 小时内得满分');
  });
});

describe('message texts', () => {
  it('words the fixed text of a message the compound’s way', async () => {
    await h.ok('admin', 'compounds.settings.save', { templates: { 'issue.status': { note: '有疑问请到物业前台' } } });
    const { issue } = await h.ok('owner', 'issues.report', { category: 'cleaning', place: { common: 'square' }, description: '中心广场的垃圾两天没人收了。', visibility: 'public' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    const sent = (await h.deps.store.find<{ _id: string; dedupeKey: string; fields: Record<string, string> }>('outbox', { where: { kind: 'issue.status', toUserId: 'user:demo-owner' }, limit: 100 })).filter((m) => m.dedupeKey.includes(issue.id));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((m) => m.fields.note === '有疑问请到物业前台')).toBe(true);
  });
});

describe('message texts, read per call', () => {
  const message = (n: number) => ({ kind: 'issue.status' as const, toUserId: 'user:demo-owner', dedupeKey: `settings-read-${n}`, fields: { thing: '中心广场', phrase: '已受理' } });

  it('reads the compound’s settings once for every message of one call, and again in the next call', async () => {
    await h.ok('admin', 'compounds.settings.save', { templates: { 'issue.status': { note: '有疑问请到物业前台' } } });
    const store = compoundDeps(h.root, DEMO_COMPOUND).store;
    let reads = 0;
    const counting: Store = Object.create(store, {
      get: { value: (collection: string, id: string) => ((reads += collection === 'settings' ? 1 : 0), store.get(collection, id)) },
    });
    const sent: OutgoingMessage[] = [];
    const notifier = compoundNotifier({ send: async (m) => void sent.push(m) }, counting);
    const call = notifier.forCall!();
    for (let n = 0; n < 5; n++) await call.send(message(n));
    expect(reads).toBe(1);
    await notifier.forCall!().send(message(5));
    expect(reads).toBe(2);
    expect(sent.map((m) => m.fields.note)).toEqual(Array(6).fill('有疑问请到物业前台'));
  });

  it('words the next call’s messages with settings changed since the last call', async () => {
    const accepted = async () => {
      const { issue } = await h.ok('owner', 'issues.report', { category: 'cleaning', place: { common: 'square' }, description: '中心广场的垃圾两天没人收了。', visibility: 'public' });
      await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
      const sent = await h.deps.store.find<{ _id: string; dedupeKey: string; fields: Record<string, string> }>('outbox', { where: { kind: 'issue.status', toUserId: 'user:demo-owner' }, limit: 100 });
      return sent.filter((m) => m.dedupeKey.includes(issue.id)).map((m) => m.fields.note);
    };
    await h.ok('admin', 'compounds.settings.save', { templates: { 'issue.status': { note: '有疑问请到物业前台' } } });
    expect(await accepted()).toContain('有疑问请到物业前台');
    await h.ok('admin', 'compounds.settings.save', { templates: { 'issue.status': { note: '请拨打物业值班电话' } } });
    const later = await accepted();
    expect(later).toContain('请拨打物业值班电话');
    expect(later).not.toContain('有疑问请到物业前台');
  });
});

describe('a create cut off by the platform (emulated CloudBase)', () => {
  it('leaves all of the compound or nothing of it at any write, and the resent tap finishes it once', async () => {
    const base = await demoHarness(undefined, { store: 'emulated' });
    try {
      const seen = new Set<string>();
      for (const atWrite of [1, 2, 5, 15, 25, 30]) {
        const w = await base.fork();
        try {
          await w.invoke('admin', 'compounds.create', newCompound(), { cut: { atWrite, kind: 'kill' } });
          const made = await w.root.store.get('compounds', 'c-setuptest01');
          const parts = [await w.root.store.count('buildings', { compoundId: 'c-setuptest01' }), await w.root.store.count('units', { compoundId: 'c-setuptest01' }), await w.root.store.count('teams', { compoundId: 'c-setuptest01' }), (await w.root.store.get('orgs', 'compound-name:community:xuguang:新城家园')) ? 1 : 0];
          expect(parts).toEqual(made ? [2, 16, 2, 1] : [0, 0, 0, 0]);
          seen.add(made ? 'all' : 'nothing');
          const again = await w.call('admin', 'compounds.create', newCompound());
          expect([again.status, again.body.ok && (again.body.data as { compound: { id: string } }).compound.id]).toEqual([200, 'c-setuptest01']);
          expect(await w.root.store.count('compounds', { name: '新城家园' })).toBe(1);
          expect(await w.root.store.count('units', { compoundId: 'c-setuptest01' })).toBe(16);
        } finally {
          await w.close();
        }
      }
      expect([...seen].sort()).toEqual(['all', 'nothing']);
    } finally {
      await base.close();
    }
  });
});

// Care pairing (结对帮扶) is sensitive personal information: only the paired volunteers, the care
// team leader and the community may know a record exists. Everyone else is proved blind to it
// through every action in the table, and every read by those who may see it leaves an event.
import { actionList } from '../../server/app/actions';
import { demoHarness, type Harness } from '../support/harness';
import type { Input } from '../support/actionTypes';

let h: Harness;
let careId: string;
let visitId: string;
beforeAll(async () => {
  h = await demoHarness();
  const list = await h.ok('community', 'care.list');
  careId = list.items[0].id;
  visitId = (await h.ok('community', 'care.get', { careId })).visits[0].id;
});
afterAll(() => h.close());

const errorOf = (o: { body: { ok: boolean } }) => (o.body as unknown as { error: { code: string; field?: string; message: string } }).error;
/** Everyone with no part in the pairing: other personas, and a care-team member who is not paired. */
const OUTSIDERS = ['owner', 'newcomer', 'committee', 'staff', 'manager', 'admin', 'committee-2'];
// The record's id, the person's name and phone, and the visit's own words (whole phrases: a public
// report about a dusty stair handrail, 扶手, is no trace of a care visit).
const TRACES = () => [careId, '吴桂兰', '13971025588', '1397****', '5588', '降压药', '卫生间没有扶手'];

describe('care pairing privacy', () => {
  it('shows the record to the paired volunteer, the care leader and the community, logging each read', async () => {
    for (const who of ['resident', 'committee-4', 'committee-3', 'community']) {
      const before = await h.deps.store.count('events', { subject: careId, type: 'care.read' });
      const list = await h.ok(who, 'care.list');
      expect(list.items.map((c: { id: string }) => c.id)).toContain(careId);
      const one = await h.ok(who, 'care.get', { careId });
      expect(one.care).toMatchObject({ name: '吴桂兰', contact: '13971025588', categoryLabel: '空巢老人' });
      expect(one.care.consent.wayLabel).toBe('书面签字');
      expect(await h.deps.store.count('events', { subject: careId, type: 'care.read' })).toBe(before + 2);
    }
    expect((await h.ok('resident', 'care.list')).items[0].contactMasked).toBe('139****5588');
  });

  it.each(OUTSIDERS)('answers %s about a real record exactly as about a made-up one (404), and lists nothing', async (who) => {
    expect((await h.ok(who, 'care.list')).items).toEqual([]);
    const calls: Array<[string, Record<string, unknown>]> = [
      ['care.get', {}],
      ['care.visit', { date: '2026-03-01', what: '探望' }],
      ['care.pair', { volunteerIds: [] }],
      ['care.concern', { visitId, category: 'other', description: '扶手' }],
    ];
    for (const [action, input] of calls) {
      const real = await h.call(who, action, { careId, ...input });
      const fake = await h.call(who, action, { careId: 'care:nosuchrecord', ...input });
      expect([action, real.status]).toEqual([action, 404]);
      expect(real.body).toEqual(fake.body);
    }
  });

  it('leaks no trace of it through any action in the table, to anyone outside the pairing', async () => {
    const inputs = [{}, { careId }, { careId, visitId }, { teamId: 'team:care' }, { userId: 'user:demo-resident' }];
    for (const who of OUTSIDERS) {
      for (const action of actionList) {
        for (const input of inputs) {
          const out = await h.call(who, action.name, input);
          const text = JSON.stringify(out.body);
          for (const trace of TRACES()) expect([who, action.name, text.includes(trace)]).toEqual([who, action.name, false]);
        }
      }
    }
    // Nobody outside wrote anything either.
    expect(await h.deps.store.count('careVisits', { careId })).toBe(1);
  });

  it('lets only the leader or the community register, and never without separate consent', async () => {
    const input = { category: 'left_behind_child', name: '小宇', unitLabel: '3栋2单元502', contact: '13900001111', needs: '放学后辅导作业', consentGiven: true, consentWay: 'guardian' } satisfies Input<'care.register'>;
    expect((await h.call('resident', 'care.register', input)).status).toBe(403);
    const noConsent = await h.call('community', 'care.register', { ...input, consentGiven: false });
    expect([noConsent.status, errorOf(noConsent).field]).toEqual([400, 'consentGiven']);
    const badPhone = await h.call('community', 'care.register', { ...input, contact: '123' });
    expect([badPhone.status, errorOf(badPhone).field]).toEqual([400, 'contact']);
    const notInTeam = await h.call('committee-3', 'care.register', { ...input, volunteerIds: ['user:demo-owner'] });
    expect([notInTeam.status, errorOf(notInTeam).field]).toEqual([400, 'volunteerIds']);
    const { care } = await h.ok('committee-3', 'care.register', input);
    expect((await h.ok('resident', 'care.list')).items.map((c: { id: string }) => c.id)).not.toContain(care.id);
    await h.ok('committee-3', 'care.pair', { careId: care.id, volunteerIds: ['user:demo-resident'] });
    expect((await h.ok('resident', 'care.list')).items.map((c: { id: string }) => c.id)).toContain(care.id);
    // A paired volunteer may not re-pair (403: they know it exists).
    expect((await h.call('resident', 'care.pair', { careId: care.id, volunteerIds: [] })).status).toBe(403);
    await h.ok('community', 'care.pair', { careId: care.id, volunteerIds: [] });
    expect((await h.call('resident', 'care.get', { careId: care.id })).status).toBe(404);
  });

  it('turns a visit concern into a private issue once, seen by the reporter and the property side only', async () => {
    const { visit } = await h.ok('resident', 'care.visit', { careId, date: '2026-03-01', what: '陪同复诊', concerns: '楼道灯坏了' });
    const future = await h.call('resident', 'care.visit', { careId, date: '2099-01-01', what: '探望' });
    expect([future.status, errorOf(future).field]).toEqual([400, 'date']);
    const { issue } = await h.ok('resident', 'care.concern', { careId, visitId: visit.id, category: 'lighting', description: '19栋楼道灯坏了,老人晚上看不见' });
    expect((await h.call('resident', 'care.concern', { careId, visitId: visit.id, category: 'lighting', description: '再报一次' })).status).toBe(409);
    expect((await h.ok('manager', 'issues.get', { issueId: issue.id })).issue.visibility).toBe('private');
    expect((await h.call('owner', 'issues.get', { issueId: issue.id })).status).toBe(404);
  });

  it('registers a home as a picked flat, and refuses a record with no home at all', async () => {
    const base = { category: 'left_behind_child', name: '小宇', contact: '13900001111', needs: '放学后辅导作业', consentGiven: true, consentWay: 'guardian' } satisfies Input<'care.register'>;
    const noHome = await h.call('community', 'care.register', base);
    expect([noHome.status, errorOf(noHome).field]).toEqual([400, 'unitId']);
    const { care } = await h.ok('community', 'care.register', { ...base, unitId: 'u:3栋-2单元-502' });
    const detail = await h.ok('community', 'care.get', { careId: care.id });
    expect(detail.care.unitLabel).toBe('3栋2单元502');
    // The concern picker offers the home first, then the building's own parts, then the common places.
    expect(detail.concernPlaces.slice(0, 4).map((p: { label: string }) => p.label)).toEqual(['家中（3栋2单元502）', '3栋楼道', '3栋楼顶', '3栋地下室']);
  });

  it('reports a concern at a picked place, and names the place when a record has no flat', async () => {
    const input = { category: 'empty_nest', name: '钱奶奶', unitLabel: '小区外租住', contact: '13900002222', needs: '每周探望', consentGiven: true, consentWay: 'written', volunteerIds: ['user:demo-resident'] } satisfies Input<'care.register'>;
    const { care } = await h.ok('community', 'care.register', input);
    const { visit } = await h.ok('resident', 'care.visit', { careId: care.id, date: '2026-03-01', what: '探望', concerns: '楼顶漏雨' });
    const noPlace = await h.call('resident', 'care.concern', { careId: care.id, visitId: visit.id, category: 'pipe_leak', description: '楼顶漏雨' });
    expect([noPlace.status, errorOf(noPlace).field]).toEqual([400, 'place']);
    const { issue } = await h.ok('resident', 'care.concern', { careId: care.id, visitId: visit.id, category: 'pipe_leak', description: '楼顶漏雨', place: { buildingId: 'b:19栋', part: 'roof' } });
    const seen = await h.ok('manager', 'issues.get', { issueId: issue.id });
    expect(seen.issue).toMatchObject({ placeLabel: '19栋楼顶', visibility: 'private' });
  });
});

// The community compares its compounds side by side; the street sees the same figures for its
// communities' compounds; nobody else may; and the comparison carries no personal data.
import { demoHarness, type Harness } from '../support/harness';
import { personas } from '../../server/demo/personas';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
  await h.okIn('jinxiu', 'jinxiu-committee', 'issues.report', { category: 'pipe_leak', place: { unitId: 'u:1栋-1单元-101' }, description: '锦绣花园:二单元水管漏水', visibility: 'public' });
  h.clock.advance(60_000); // the window ends before "now"
});
afterAll(() => h.close());

it('puts the community’s three compounds side by side, each with its own figures', async () => {
  const before = await h.ok('community', 'issues.stats', { days: 90 });
  const out = await h.ok('community', 'compounds.compare', { days: 90 });
  expect(out.scope).toBe('旭光社区');
  expect(out.rows.map((r) => r.name).sort()).toEqual(['侨亚小区', '锦绣花园', '阳光苑'].sort());
  const byName = Object.fromEntries(out.rows.map((r) => [r.name, r]));
  expect(byName['侨亚小区'].issues).toBe(before.all.count);
  expect(byName['锦绣花园']).toMatchObject({ issues: 1, hasCommittee: true, hasCompany: true });
  expect(byName['阳光苑']).toMatchObject({ issues: 0, hasCommittee: false, hasCompany: false, votesHeld: 0, voteParticipation: null });
});

it('gives the street the same compounds and figures, from any compound it holds its role in', async () => {
  const community = await h.ok('community', 'compounds.compare', {});
  const street = await h.okIn('yangguang', 'street', 'compounds.compare', {});
  expect(street.scope).toBe('阳逻街道');
  expect(street.rows).toEqual(community.rows);
});

it('carries no name or phone number of anyone', async () => {
  const text = JSON.stringify(await h.ok('community', 'compounds.compare', {}));
  for (const p of personas) for (const trace of [p.name, p.phone, p.phone.slice(-4)]) expect([trace, text.includes(trace)]).toEqual([trace, false]);
});

it('refuses residents, owners, the committee and the property company', async () => {
  for (const who of ['resident', 'owner', 'committee', 'manager', 'staff']) expect([who, (await h.call(who, 'compounds.compare', {})).status]).toEqual([who, 403]);
  // The community role of one compound's record does not carry into a compound where one holds none.
  expect((await h.callIn('jinxiu', 'owner', 'compounds.compare', {})).status).toBe(403);
  const bad = await h.call('community', 'compounds.compare', { days: 0 });
  expect([bad.status, (bad.body as { error: { field: string } }).error.field]).toEqual([400, 'days']);
});

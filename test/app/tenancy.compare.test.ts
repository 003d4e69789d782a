// The community compares its compounds side by side; the street sees the same figures for its
// communities' compounds; nobody else may; and the comparison carries no personal data.
import { demoHarness, type Harness } from '../support/harness';
import { present } from '../support/narrow';
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

describe('committee terms expiring', () => {
  const rowOf = async (name: string) => present((await h.ok('community', 'compounds.compare', {})).rows.find((r: { name: string }) => r.name === name), name);
  const endIn = async (days: number) => {
    const day = new Date(h.clock.now().getTime() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await h.root.store.update('compounds', 'jinxiu', { committeeTermEndsOn: day });
    return day;
  };

  it('gives each compound its term’s end, flags the one ending within 90 days, and says there is no committee in 阳光苑', async () => {
    expect((await rowOf('侨亚小区')).committeeTerm.mark).toBe('ok');
    expect((await rowOf('锦绣花园')).committeeTerm).toMatchObject({ mark: 'soon', daysLeft: 45 });
    expect((await rowOf('阳光苑')).committeeTerm).toEqual({ mark: 'none', endsOn: null, daysLeft: null });
  });

  it('flags a term ending in exactly 90 days, not one in 91, and marks an ended one', async () => {
    const at90 = await endIn(90);
    expect((await rowOf('锦绣花园')).committeeTerm).toEqual({ mark: 'soon', endsOn: at90, daysLeft: 90 });
    await endIn(91);
    expect((await rowOf('锦绣花园')).committeeTerm.mark).toBe('ok');
    await endIn(-1);
    expect((await rowOf('锦绣花园')).committeeTerm).toMatchObject({ mark: 'ended', daysLeft: -1 });
    await endIn(45);
  });

  it('keeps every other figure beside it: scorecard, issue times, reopen rate, vote participation', async () => {
    const qiaoya = await rowOf('侨亚小区');
    for (const key of ['issues', 'medianAcceptHours', 'medianFixHours', 'reopenRate', 'averageRating', 'votesHeld', 'voteParticipation', 'scorecard', 'committeeTerm']) expect([key, key in qiaoya]).toEqual([key, true]);
    // The demo's community submitted last quarter's inspection of 侨亚小区: its scorecard shows.
    expect(qiaoya.scorecard).toMatchObject({ total: expect.any(Number), grade: expect.any(String) });
    expect((await rowOf('阳光苑')).scorecard).toBeNull();
  });
});

describe('the street’s overview carries no personal data', () => {
  // Every key the answer may carry: figures and the compounds' own names. Anything else (a name,
  // a phone, a flat, a person's id) fails the walk, wherever it sits.
  const ANONYMOUS_KEYS = new Set(['scope', 'from', 'to', 'rows', 'id', 'name', 'hasCommittee', 'hasCompany', 'committeeTerm', 'mark', 'endsOn', 'daysLeft', 'issues', 'medianAcceptHours', 'medianFixHours', 'reopenRate', 'averageRating', 'votesHeld', 'voteParticipation', 'scorecard', 'quarter', 'total', 'grade']);
  const COMPOUND_NAMES = new Set(['侨亚小区', '锦绣花园', '阳光苑']);

  function personalFields(value: unknown, path: string, out: string[]): string[] {
    if (Array.isArray(value)) value.forEach((v, i) => personalFields(v, `${path}[${i}]`, out));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (!ANONYMOUS_KEYS.has(key)) out.push(`${path}.${key}`);
        if (key === 'name' && path !== '' && !COMPOUND_NAMES.has(String(v))) out.push(`${path}.name=${String(v)}`);
        personalFields(v, `${path}.${key}`, out);
      }
    } else if (typeof value === 'string' && (/1\d{10}/.test(value) || /\d+栋/.test(value) || /user:|demo-/.test(value))) out.push(`${path}=${value}`);
    return out;
  }

  it('finds the walk fails on a personal field (the check is real)', () => {
    expect(personalFields({ rows: [{ id: 'qiaoya', name: '侨亚小区', phone: '13800000000' }] }, '', [])).toEqual(['.rows[0].phone', '.rows[0].phone=13800000000']);
    expect(personalFields({ rows: [{ name: '王秀英', unitLabel: '19栋301' }] }, '', [])).toEqual(['.rows[0].name=王秀英', '.rows[0].unitLabel', '.rows[0].unitLabel=19栋301']);
  });

  it('answers the street with figures only: no names, phones, flats or ids of people anywhere in the JSON', async () => {
    for (const compound of ['qiaoya', 'jinxiu', 'yangguang']) {
      const out = await h.okIn(compound, 'street', 'compounds.compare', { days: 365 });
      expect(out.rows).toHaveLength(3);
      expect(personalFields(out, '', [])).toEqual([]);
    }
  });

  it('refuses the street every other action that reads people, and any write', async () => {
    for (const action of ['users.list', 'issues.stats', 'tasks.board', 'claims.pending', 'roles.grant', 'orgRoles.grant']) expect([action, (await h.call('street', action, {})).status]).toEqual([action, 403]);
  });
});

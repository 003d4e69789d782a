// Volunteer teams, shifts, the waitlist, attendance and hours through the real action table on
// the seeded demo compound (SQLite in memory).
import { scopedFind } from '../../server/store/scoped';
import { dispatch } from '../../server/app/dispatch';
import { runJobs } from '../../server/app/jobs/runJobs';
import { orderViolations, shiftTime } from '../../src/domain/volunteers';
import { demoHarness, type Harness } from '../support/harness';
import { present } from '../support/narrow';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const HOUR = 3_600_000;
const at = (hours: number) => new Date(h.clock.now().getTime() + hours * HOUR).toISOString();
const errorOf = (o: { body: { ok: boolean } }) => (o.body as unknown as { error: { field?: string; message: string; details?: unknown } }).error;
const user = (p: string) => `user:demo-${p}`;

/** `n` extra residents, already members of the cleaning team, called by openid. */
async function members(n: number, teamId = 'team:cleaning'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const openid = `t-vol-${i}`;
    await h.deps.store.insert('users', { _id: `user:${openid}`, openid, name: `志愿者${i}`, roles: ['resident'], phone: null, createdAt: at(0) });
    await h.deps.store.insert('teamMembers', { _id: `tm:${teamId}:user:${openid}`, teamId, userId: `user:${openid}`, name: `志愿者${i}`, status: 'member', note: '', at: at(0) });
    ids.push(openid);
  }
  return ids;
}
const as = (openid: string, action: string, input: unknown) => dispatch(h.deps, action, input, { openid });

async function activity(capacity: number, startHours = 48, extra: Record<string, unknown> = {}) {
  const r = await h.ok('committee', 'volunteers.activity.create', { teamId: 'team:cleaning', title: '清扫中心广场', place: '中心广场', startAt: at(startHours), endAt: at(startHours + 2), capacity, ...extra });
  return r.activity.id as string;
}

describe('teams', () => {
  it('lets a resident ask to join, and only the leader approve; sign-up needs membership', async () => {
    const saturday = (await h.ok('resident', 'volunteers.activities', { teamId: 'team:cleaning' })).items[0];
    // Each activity comes with its time as China reads it, the text the 志愿 tab shows.
    expect(saturday.when).toBe(shiftTime(saturday.startAt, saturday.endAt));
    expect(saturday.when).toMatch(/^\d+月\d+日 周[日一二三四五六] \d\d:\d\d–\d\d:\d\d$/);
    const early = await h.call('resident', 'volunteers.signup', { activityId: saturday.id });
    expect(early.status).toBe(403);
    expect(errorOf(early).message).toContain('保洁服务队');
    expect(await h.ok('resident', 'volunteers.team.join', { teamId: 'team:cleaning', note: '周六有空' })).toEqual({ status: 'pending' });
    expect((await h.call('owner', 'volunteers.team.decide', { teamId: 'team:cleaning', userId: user('resident'), decision: 'approve' })).status).toBe(403);
    const team = await h.ok('committee', 'volunteers.team', { teamId: 'team:cleaning' });
    expect(team.pending).toEqual([expect.objectContaining({ name: '李明', note: '周六有空' })]);
    expect(await h.ok('committee', 'volunteers.team.decide', { teamId: 'team:cleaning', userId: user('resident'), decision: 'approve' })).toEqual({ status: 'member' });
    const again = await h.call('committee', 'volunteers.team.decide', { teamId: 'team:cleaning', userId: user('resident'), decision: 'decline' });
    expect(again.status).toBe(409);
    // In several teams at once: already in the care team.
    const mine = await h.ok('resident', 'volunteers.mine');
    expect(mine.teams.map((t: { name: string }) => t.name).sort()).toEqual(['保洁服务队', '爱心服务队'].sort());
    expect((await h.ok('resident', 'volunteers.signup', { activityId: saturday.id })).me!.status).toBe('confirmed');
  });

  it('lets the community and the committee create a team, nobody else', async () => {
    expect((await h.call('resident', 'volunteers.team.create', { name: '护绿队' })).status).toBe(403);
    const { team } = await h.ok('community', 'volunteers.team.create', { name: '护绿队', description: '照看绿化带' });
    const teams = await h.ok('resident', 'volunteers.teams');
    expect(teams.items.map((t: { id: string }) => t.id)).toContain(team.id);
  });
});

describe('activities', () => {
  it('seeds the cleaning team with a weekly Saturday 08:00 (China time) series two weeks ahead', async () => {
    const { items } = await h.ok('resident', 'volunteers.activities', { teamId: 'team:cleaning' });
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const a of items) {
      const local = new Date(Date.parse(a.startAt) + 8 * HOUR);
      expect([local.getUTCDay(), local.getUTCHours(), local.getUTCMinutes()]).toEqual([6, 8, 0]);
      expect(a.repeats).toBe('每周六 08:00');
    }
  });

  it('refuses bad input field by field, in Chinese', async () => {
    const base = { teamId: 'team:cleaning', title: '清扫', place: '广场', startAt: at(24), endAt: at(26), capacity: 5 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ capacity: 0 }, 'capacity'],
      [{ capacity: 500 }, 'capacity'],
      [{ endAt: at(23) }, 'endAt'],
      [{ startAt: at(-1) }, 'startAt'],
      [{ title: '' }, 'title'],
      [{ startAt: '周六早上' }, 'startAt'],
    ];
    for (const [patch, field] of cases) {
      const out = await h.call('committee', 'volunteers.activity.create', { ...base, ...patch });
      expect([out.status, errorOf(out).field]).toEqual([400, field]);
      expect(errorOf(out).message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const note = await h.call('committee-2', 'volunteers.signup', { activityId: await activity(3), note: '很长'.repeat(20) });
    expect([note.status, errorOf(note).field]).toEqual([400, 'note']);
  });

  it('fills places in arrival order, waitlists the rest, and moves the first waiting up when someone cancels', async () => {
    const id = await activity(2);
    const [a, b, c, d] = await members(4);
    expect((await as(a, 'volunteers.signup', { activityId: id, note: '+1 带扫帚' })).body).toMatchObject({ ok: true, data: { me: { status: 'confirmed', note: '+1 带扫帚' } } });
    await as(b, 'volunteers.signup', { activityId: id });
    expect((await as(c, 'volunteers.signup', { activityId: id })).body).toMatchObject({ data: { me: { status: 'waitlisted', position: 1 } } });
    // The answer carries the caller's own place only; the counts are the detail screen's, read again after the tap.
    expect((await as(c, 'volunteers.activity', { activityId: id })).body).toMatchObject({ data: { activity: { placesLeft: 0, confirmed: 2, waitlisted: 1 } } });
    expect((await as(d, 'volunteers.signup', { activityId: id })).body).toMatchObject({ data: { me: { status: 'waitlisted', position: 2 } } });
    // Tapping again changes nothing.
    expect((await as(d, 'volunteers.signup', { activityId: id })).body).toMatchObject({ data: { me: { status: 'waitlisted', position: 2 } } });
    await as(a, 'volunteers.cancel', { activityId: id });
    const view = await h.ok('committee', 'volunteers.activity', { activityId: id });
    expect(view.roster.map((r: { name: string }) => r.name)).toEqual(['志愿者1', '志愿者2']);
    expect(view.waitlist).toEqual([expect.objectContaining({ name: '志愿者3', position: 1 })]);
    const told = await h.deps.store.find('outbox', { where: { toUserId: `user:${c}`, kind: 'waitlist.confirmed' } });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ fields: { title: '清扫中心广场', time: view.activity.startAt, place: '中心广场' }, page: `packages/volunteer/activity/index?id=${encodeURIComponent(id)}` });
  });

  it('closes cancelling 2 hours before the start (or as the activity says), waitlist leaving stays open', async () => {
    const id = await activity(1, 3);
    const [a, b] = await members(2);
    await as(a, 'volunteers.signup', { activityId: id });
    await as(b, 'volunteers.signup', { activityId: id });
    h.clock.advance(1.5 * HOUR);
    const late = await as(a, 'volunteers.cancel', { activityId: id });
    expect(late.status).toBe(409);
    expect((await as(b, 'volunteers.cancel', { activityId: id })).status).toBe(200);
    const strict = await activity(1, 30, { cancelCutoffHours: 24 });
    await as(a, 'volunteers.signup', { activityId: strict });
    h.clock.advance(7 * HOUR);
    expect((await as(a, 'volunteers.cancel', { activityId: strict })).status).toBe(409);
  });

  it('never confirms more than capacity when 60 residents tap at once, and keeps the waitlist in arrival order', async () => {
    const id = await activity(7);
    const people = await members(60);
    const answers = await Promise.all(people.map((p) => as(p, 'volunteers.signup', { activityId: id, note: '接龙' })));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await h.deps.store.count('seats', { activityId: id })).toBe(7);
    expect(await h.deps.store.count('signups', { activityId: id, status: 'confirmed' })).toBe(7);
    expect(await h.deps.store.count('signups', { activityId: id, status: 'waitlisted' })).toBe(53);
    const view = await h.ok('committee', 'volunteers.activity', { activityId: id });
    const arrivals = new Map(answers.map((a, i) => [`user:${people[i]}`, (a.body as { data: { arrival: string } }).data.arrival]));
    const waiting = view.waitlist.map((w) => ({ position: w.position!, arrival: arrivals.get(w.userId)! }));
    expect(orderViolations(waiting)).toBe(0);

    // Five confirmed people cancel at once: exactly the first five waiting move up, once each.
    const confirmed = view.roster.slice(0, 5).map((r: { userId: string }) => r.userId.replace('user:', ''));
    const headFive = view.waitlist.slice(0, 5).map((w: { userId: string }) => w.userId);
    await Promise.all(confirmed.map((p: string) => as(p, 'volunteers.cancel', { activityId: id })));
    const after = await h.ok('committee', 'volunteers.activity', { activityId: id });
    expect(after.roster).toHaveLength(7);
    expect(await h.deps.store.count('seats', { activityId: id })).toBe(7);
    expect(after.roster.map((r: { userId: string }) => r.userId)).toEqual(expect.arrayContaining(headFive));
    expect(after.waitlist[0].position).toBe(1);
    expect(await h.deps.store.count('outbox', { kind: 'waitlist.confirmed' })).toBe(5);
  });
});

describe('attendance and hours', () => {
  it('credits hours only from confirmed attendance, once, and shows them on the certificate', async () => {
    const id = await activity(5, 24);
    const [a, b] = await members(2);
    await as(a, 'volunteers.signup', { activityId: id });
    await as(b, 'volunteers.signup', { activityId: id });
    const early = await h.call('committee', 'volunteers.checkIn', { activityId: id, userId: `user:${a}` });
    expect(early.status).toBe(409);
    h.clock.advance(24.25 * HOUR);
    const code = (await h.ok('committee', 'volunteers.activity', { activityId: id })).checkInCode as string;
    expect(((await as(b, 'volunteers.activity', { activityId: id })).body as { data: { checkInCode: null } }).data.checkInCode).toBeNull();
    const wrong = await as(a, 'volunteers.checkIn', { activityId: id, code: code === '000000' ? '111111' : '000000' });
    expect([wrong.status, errorOf(wrong).field]).toEqual([400, 'code']);
    expect((await as(a, 'volunteers.checkIn', { activityId: id, code })).status).toBe(200);
    const notIn = await h.call('committee', 'volunteers.confirm', { activityId: id, userIds: [`user:${a}`, `user:${b}`] });
    expect([notIn.status, errorOf(notIn).field]).toEqual([400, 'userIds']);
    expect((await as(b, 'volunteers.confirm', { activityId: id, userIds: [`user:${a}`] })).status).toBe(403);
    expect(await h.ok('committee', 'volunteers.confirm', { activityId: id, userIds: [`user:${a}`] })).toEqual({ credited: 1, minutes: 120 });
    expect(await h.ok('committee', 'volunteers.confirm', { activityId: id, userIds: [`user:${a}`] })).toEqual({ credited: 0, minutes: 120 });
    const cert = (await as(a, 'volunteers.certificate', {})).body as { data: { hours: string; records: Array<{ title: string; organiser: string; hours: string }> } };
    expect(cert.data.hours).toBe('2');
    expect(cert.data.records).toEqual([expect.objectContaining({ title: '清扫中心广场', organiser: '张建国', hours: '2' })]);
    const other = (await as(b, 'volunteers.certificate', {})).body as { data: { hours: string } };
    expect(other.data.hours).toBe('0');
    expect((await as(b, 'volunteers.certificate', { userId: `user:${a}` })).status).toBe(403);
    expect((await h.ok('community', 'volunteers.certificate', { userId: `user:${a}` })).hours).toBe('2');
  });

  it('lets only the community certify a record, once per state, and shows hours confirmed since as awaiting', async () => {
    const [a, b] = await members(2);
    const attend = async (hoursAhead: number) => {
      const id = await activity(5, hoursAhead);
      await as(a, 'volunteers.signup', { activityId: id });
      h.clock.advance((hoursAhead + 0.25) * HOUR);
      await h.ok('committee', 'volunteers.checkIn', { activityId: id, userId: `user:${a}` });
      await h.ok('committee', 'volunteers.confirm', { activityId: id, userIds: [`user:${a}`] });
    };
    const nothing = await h.call('community', 'volunteers.certify', { userId: `user:${b}` });
    expect(nothing.status).toBe(409);
    await attend(24);
    expect((await h.call('committee', 'volunteers.certify', { userId: `user:${a}` })).status).toBe(403);
    expect((await h.call('community', 'volunteers.certify', { userId: 'user:nobody' })).status).toBe(404);
    const first = await h.ok('community', 'volunteers.certify', { userId: `user:${a}` });
    expect(first).toMatchObject({ already: false, certification: { by: '何书记', minutes: 120 } });
    expect((await h.ok('community', 'volunteers.certify', { userId: `user:${a}` })).already).toBe(true);
    expect(await h.deps.store.count('events', { subject: `user:${a}`, type: 'volunteers.certified' })).toBe(1);
    const certified = (await as(a, 'volunteers.certificate', {})).body as { data: { certification: { by: string; hours: string }; awaiting: number; canCertify: boolean; records: Array<{ certified: boolean }> } };
    expect(certified.data).toMatchObject({ certification: { by: '何书记', hours: '2' }, awaiting: 0, canCertify: false });
    expect(certified.data.records.map((r) => r.certified)).toEqual([true]);
    // Hours confirmed after the certification wait for the next one.
    await attend(48);
    const later = await h.ok('community', 'volunteers.certificate', { userId: `user:${a}` });
    expect(later).toMatchObject({ hours: '4', certification: { hours: '2' }, awaiting: 1, canCertify: true });
    expect(later.records.map((r: { certified: boolean }) => r.certified)).toEqual([false, true]);
    expect((await h.ok('community', 'volunteers.certify', { userId: `user:${a}` })).certification.minutes).toBe(240);
  });

  it('counts hours per team and month, and names only those who opted in', async () => {
    const stats = await h.ok('resident', 'volunteers.stats');
    const cleaning = stats.teams.find((t: { teamId: string }) => t.teamId === 'team:cleaning')!;
    expect(Number(cleaning.total)).toBe(8); // two demo shifts, two people, two hours each
    expect(stats.leaderboard.map((l: { name: string }) => l.name)).toHaveLength(1);
    await h.ok('committee-5', 'volunteers.leaderboard', { show: true });
    expect((await h.ok('resident', 'volunteers.stats')).leaderboard).toHaveLength(2);
    await h.ok('committee-5', 'volunteers.leaderboard', { show: false });
    expect((await h.ok('resident', 'volunteers.stats')).leaderboard).toHaveLength(1);
  });
});

describe('reminders', () => {
  it('reminds each confirmed volunteer the day before, once however often the jobs run', async () => {
    const { items } = await h.ok('resident', 'volunteers.activities', { teamId: 'team:cleaning' });
    const saturday = items[0];
    const [a, b] = await members(2);
    await as(a, 'volunteers.signup', { activityId: saturday.id });
    await as(b, 'volunteers.signup', { activityId: saturday.id });
    h.clock.set(new Date(Date.parse(saturday.startAt) - 20 * HOUR).toISOString()); // Friday noon
    await runJobs(h.deps);
    await runJobs(h.deps);
    await Promise.all([runJobs(h.deps), runJobs(h.deps)]);
    const sent = await h.deps.store.find('outbox', { where: { kind: 'shift.tomorrow' } });
    expect(sent.map((m) => m.toUserId).sort()).toEqual([`user:${a}`, `user:${b}`].sort());
    expect(sent[0]).toMatchObject({ fields: { title: '周六楼道大扫除', time: saturday.startAt, place: '桥东19栋楼道' } });
  });

  it('keeps the weekly series two weeks ahead as time passes', async () => {
    h.clock.advance(15 * 24 * HOUR);
    await runJobs(h.deps);
    await runJobs(h.deps);
    const { items } = await h.ok('resident', 'volunteers.activities', { teamId: 'team:cleaning' });
    const starts = items.map((a: { startAt: string }) => Date.parse(a.startAt));
    expect(starts.length).toBe(2);
    expect(starts[0]).toBeGreaterThan(h.clock.now().getTime());
    expect(starts[1] - starts[0]).toBe(7 * 24 * HOUR);
  });
});

describe('who may sign up', () => {
  it('lets the team’s leader sign up without a membership, and still refuses someone whose request is pending', async () => {
    const id = await activity(3);
    expect(await h.deps.store.get('teamMembers', `tm:team:cleaning:${user('committee')}`)).toBeNull();
    expect((await h.ok('committee', 'volunteers.signup', { activityId: id })).me!.status).toBe('confirmed');
    await h.ok('resident', 'volunteers.team.join', { teamId: 'team:cleaning', note: '' });
    const pending = await h.call('resident', 'volunteers.signup', { activityId: id });
    expect([pending.status, errorOf(pending).message]).toEqual([403, '请先加入「保洁服务队」再报名']);
  });
});

describe('a tap on a full activity', () => {
  it('goes straight into the waitlist with the same store calls whether 3rd or 42nd in line, and answers only the caller’s place', async () => {
    const id = await activity(2);
    const people = await members(44);
    for (const p of people.slice(0, 4)) await as(p, 'volunteers.signup', { activityId: id });
    const tap = async (p: string) => {
      const before = h.deps.store.ops;
      const answer = await as(p, 'volunteers.signup', { activityId: id, note: '+1' });
      return { calls: h.deps.store.ops - before, answer };
    };
    const early = await tap(people[4]);
    for (const p of people.slice(5, 43)) await as(p, 'volunteers.signup', { activityId: id });
    const late = await tap(people[43]);
    expect(early.answer.body).toEqual({ ok: true, data: { me: { status: 'waitlisted', note: '+1', position: 3, seat: null, checkedIn: false, confirmedAttendance: false }, arrival: expect.any(String) } });
    expect(late.answer.body).toMatchObject({ ok: true, data: { me: { status: 'waitlisted', position: 42 } } });
    // No reads that grow with the line (the counts of the activity are the detail screen's).
    expect(late.calls).toBe(early.calls);
    const view = await h.ok('committee', 'volunteers.activity', { activityId: id });
    expect([view.activity.confirmed, view.activity.waitlisted, present(view.waitlist.at(-1), 'the last waitlisted').userId]).toEqual([2, 42, `user:${people[43]}`]);
  });
});

describe('query plans', () => {
  const { collections } = jest.requireActual('../../server/app/collections');
  const { openSqliteStore } = jest.requireActual('../../server/store/sqlite');
  const store = openSqliteStore({ file: ':memory:', collections });
  afterAll(() => store.close());
  const cases: Array<[string, string, object]> = [
    ['the head of a waitlist', 'signups', { where: { activityId: 'act:x', status: 'waitlisted' }, orderBy: [['arrival', 'asc']], limit: 1 }],
    ['the people ahead in a waitlist', 'signups', { where: { activityId: 'act:x', status: 'waitlisted', arrival: { $lt: 'k' } }, orderBy: [['arrival', 'asc']], limit: 100 }],
    ['my coming sign-ups', 'signups', { where: { userId: 'user:x', startAt: { $gte: '2026' } }, orderBy: [['startAt', 'asc']], limit: 20 }],
    ['coming activities', 'activities', { where: { startAt: { $gte: '2026' } }, orderBy: [['startAt', 'asc']], limit: 20 }],
    ['a team’s coming activities', 'activities', { where: { teamId: 'team:x', startAt: { $gte: '2026' } }, orderBy: [['startAt', 'asc']], limit: 10 }],
    ['an activity’s seats', 'seats', { where: { activityId: 'act:x' }, orderBy: [['n', 'asc']], limit: 100, skip: 100 }],
    ['my certificate', 'serviceHours', { where: { userId: 'user:x' }, orderBy: [['startAt', 'desc']], limit: 100 }],
    ['the latest certification of my record', 'hoursCerts', { where: { userId: 'user:x' }, orderBy: [['at', 'desc']], limit: 1 }],
    ['the leaderboard', 'volunteerTotals', { where: { optIn: true }, orderBy: [['minutes', 'desc']], limit: 10 }],
    ['a care record’s visits', 'careVisits', { where: { careId: 'care:x' }, orderBy: [['date', 'desc']], limit: 50 }],
    ['a team’s join requests', 'teamMembers', { where: { teamId: 'team:x', status: 'pending' }, orderBy: [['at', 'asc']], limit: 100 }],
  ];
  for (const [name, collection, options] of cases) {
    it(`${name} uses an index and needs no sort`, () => {
      const plan = store.explain(collection, scopedFind('qiaoya', collection, options)).join(' | ');
      expect(plan).toMatch(/USING (COVERING )?INDEX/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN (?!.*USING)/);
    });
  }
});

describe('signing up again', () => {
  it('puts someone who cancelled and comes back at the end of the line', async () => {
    const id = await activity(1);
    const [a, b, c] = await members(3);
    await as(a, 'volunteers.signup', { activityId: id });
    await as(b, 'volunteers.signup', { activityId: id });
    await as(c, 'volunteers.signup', { activityId: id });
    await as(b, 'volunteers.cancel', { activityId: id });
    expect((await as(b, 'volunteers.signup', { activityId: id, note: '又有空了' })).body).toMatchObject({ data: { me: { status: 'waitlisted', position: 2, note: '又有空了' } } });
  });
});

describe('large activities', () => {
  it('holds capacity beyond one store page (150 places, 170 at once)', async () => {
    const id = await activity(150);
    const people = await members(170);
    await Promise.all(people.map((p) => as(p, 'volunteers.signup', { activityId: id })));
    expect(await h.deps.store.count('seats', { activityId: id })).toBe(150);
    expect(await h.deps.store.count('signups', { activityId: id, status: 'confirmed' })).toBe(150);
    expect(await h.deps.store.count('signups', { activityId: id, status: 'waitlisted' })).toBe(20);
  });
});

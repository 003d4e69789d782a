// Home is the to-do list of every area: each test pins what one area puts there, that the item
// opens the page where it is done, and that it leaves once done.
import { demoHarness, type Harness } from '../support/harness';
import { byUrgency, dayWord, daysSinceVisit, shiftWindow, visitDue } from '../../src/domain/home';
import { offerOwnerVerification } from '../../src/domain/roles';

type Item = { id: string; kind: string; title: string; detail: string; page?: string; due?: string; dueLabel?: string };
const DAY = 86_400_000;

let h: Harness;
beforeAll(async () => {
  h = await demoHarness(undefined, { polls: true });
});
afterAll(() => h.close());

const items = async (persona: string): Promise<Item[]> => (await h.ok(persona, 'home')).items;
const userOf = (persona: string) => `user:demo-${persona}`;

describe('home rules (China time)', () => {
  it('reminds of shifts from now to the end of tomorrow, China calendar', () => {
    // 2026-03-02 23:30 in China is 15:30 UTC: tomorrow ends at 2026-03-03 16:00 UTC.
    const now = new Date('2026-03-02T15:30:00.000Z');
    expect(shiftWindow(now)).toEqual({ from: '2026-03-02T15:30:00.000Z', to: '2026-03-03T16:00:00.000Z' });
    expect(dayWord('2026-03-02T15:45:00.000Z', now)).toBe('今天');
    expect(dayWord('2026-03-02T16:00:00.000Z', now)).toBe('明天');
  });

  it('calls a care visit due after seven days, or when there was none', () => {
    const now = new Date('2026-03-10T02:00:00.000Z');
    expect(daysSinceVisit('2026-03-04', now)).toBe(6);
    expect(visitDue('2026-03-04', now)).toBe(false);
    expect(visitDue('2026-03-03', now)).toBe(true);
    expect(visitDue(null, now)).toBe(true);
  });

  it('puts what closes or starts first at the top and keeps the rest in order', () => {
    const list = [{ id: 'a' }, { id: 'b', due: '2026-03-05' }, { id: 'c' }, { id: 'd', due: '2026-03-04' }];
    expect(byUrgency(list).map((i) => i.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('home: owner verification', () => {
  it('invites a newcomer without a flat to verify as an owner', async () => {
    expect((await items('newcomer')).find((i) => i.kind === 'verify')).toMatchObject({ page: '/packages/people/claim/index' });
  });

  it.each(['staff', 'manager', 'community', 'admin'])('does not nudge %s, who works here and never asked for a flat, to verify', async (persona) => {
    expect((await items(persona)).some((i) => i.kind === 'verify')).toBe(false);
  });

  it('still invites someone at work who has asked for a flat before, and no one with a home or a claim under review', () => {
    const base = { roles: ['manager'], hasHome: false, hasClaim: false, claimPending: false };
    expect(offerOwnerVerification(base)).toBe(false);
    expect(offerOwnerVerification({ ...base, hasClaim: true })).toBe(true);
    expect(offerOwnerVerification({ ...base, roles: ['committee'] })).toBe(true);
    expect(offerOwnerVerification({ ...base, roles: [] })).toBe(true);
    expect(offerOwnerVerification({ ...base, roles: [], hasHome: true })).toBe(false);
    expect(offerOwnerVerification({ ...base, roles: [], hasClaim: true, claimPending: true })).toBe(false);
  });
});

describe('home: votes', () => {
  it('lists every open vote 王秀英 has not cast, with its closing time, until she casts it', async () => {
    const open = (await h.ok('owner', 'polls.list', { status: 'open' })).items as Array<{ id: string; title: string; closesAt: string | null; kind: string }>;
    expect(open.length).toBe(2);
    const before = (await items('owner')).filter((i) => i.kind === 'poll.vote');
    expect(before.map((i) => i.page).sort()).toEqual(open.map((p) => `/packages/polls/detail/index?id=${encodeURIComponent(p.id)}`).sort());
    for (const item of before) {
      const poll = open.find((p) => item.page!.endsWith(encodeURIComponent(p.id)))!;
      expect(item).toMatchObject({ title: `请投票:${poll.title}`, detail: expect.stringContaining('19栋301') });
      if (poll.closesAt) expect(item).toMatchObject({ due: poll.closesAt, dueLabel: '截止' });
    }
    const decision = open.find((p) => p.kind === 'decision')!;
    await h.ok('owner', 'polls.cast', { pollId: decision.id, choice: 'yes' });
    const after = (await items('owner')).filter((i) => i.kind === 'poll.vote');
    expect(after.map((i) => i.id)).toEqual(before.filter((i) => i.id !== `vote:${decision.id}`).map((i) => i.id));
  });

  it('does not ask staff, who have no home in the roster, to vote', async () => {
    expect((await items('staff')).some((i) => i.kind === 'poll.vote')).toBe(false);
  });
});

describe('home: volunteers', () => {
  it("shows tomorrow evening's dance practice to the two who signed up, and not to others", async () => {
    const mine = (await items('committee-6')).find((i) => i.kind === 'shift.coming');
    expect(mine).toMatchObject({ title: '明天的志愿服务:广场舞排练', dueLabel: '开始', page: expect.stringMatching(/^\/packages\/volunteer\/activity\/index\?id=/) });
    expect(mine!.detail).toContain('中心广场');
    expect((await items('owner')).some((i) => i.kind.startsWith('shift.'))).toBe(false);
  });

  it('reminds the paired volunteers once the last care visit is a week old, without naming the person', async () => {
    expect((await items('resident')).some((i) => i.kind === 'care.visits')).toBe(false);
    h.clock.advance(5 * DAY);
    try {
      for (const persona of ['resident', 'committee-4']) {
        const due = (await items(persona)).find((i) => i.kind === 'care.visits');
        expect(due).toMatchObject({ title: '1 位结对老人该走访了', page: '/packages/volunteer/care/index' });
        expect(JSON.stringify(due)).not.toContain('吴桂兰');
      }
      expect((await items('owner')).some((i) => i.kind === 'care.visits')).toBe(false);
    } finally {
      h.clock.advance(-5 * DAY);
    }
  });
});

describe('home: a team leader', () => {
  it('asks the leader to confirm attendance of a past activity where people checked in, until confirmed', async () => {
    const f = await h.fork();
    try {
      const startAt = new Date(f.clock.now().getTime() + 2 * 3_600_000).toISOString();
      const endAt = new Date(Date.parse(startAt) + 2 * 3_600_000).toISOString();
      const { activity } = await f.ok('committee', 'volunteers.activity.create', { teamId: 'team:cleaning', title: '清理单车棚', place: '桥东19栋单车棚', startAt, endAt, capacity: 6, bring: '' });
      await f.ok('committee-2', 'volunteers.signup', { activityId: activity.id });
      await f.ok('committee-5', 'volunteers.signup', { activityId: activity.id });
      const leaderItems = async () => ((await f.ok('committee', 'home')).items as Item[]).filter((i) => i.kind === 'attendance.confirm');
      expect(await leaderItems()).toEqual([]);
      f.clock.advance(3 * 3_600_000);
      await f.ok('committee', 'volunteers.checkIn', { activityId: activity.id, userId: userOf('committee-2') });
      await f.ok('committee', 'volunteers.checkIn', { activityId: activity.id, userId: userOf('committee-5') });
      const [item] = await leaderItems();
      expect(item).toMatchObject({ title: '确认出勤:清理单车棚', page: `/packages/volunteer/activity/index?id=${encodeURIComponent(activity.id)}`, detail: expect.stringContaining('2 人已签到') });
      expect(((await f.ok('committee-2', 'home')).items as Item[]).some((i) => i.kind === 'attendance.confirm')).toBe(false);
      await f.ok('committee', 'volunteers.confirm', { activityId: activity.id, userIds: [userOf('committee-2')] });
      expect((await leaderItems())[0].detail).toContain('1 人已签到');
      await f.ok('committee', 'volunteers.confirm', { activityId: activity.id, userIds: [userOf('committee-5')] });
      expect(await leaderItems()).toEqual([]);
    } finally {
      await f.close();
    }
  });

  it("leaves the demo's past cleanings, all confirmed, off the leader's home", async () => {
    expect((await items('committee')).some((i) => i.kind === 'attendance.confirm')).toBe(false);
  });
});

describe('home: meetings', () => {
  it('invites the table to a scheduled meeting, then asks the convener present to approve the minutes', async () => {
    const at = new Date(h.clock.now().getTime() + 2 * DAY).toISOString();
    const { meeting } = await h.ok('committee', 'meetings.schedule', { title: '三方联动会议(加开)', at, place: '党群驿站', freeItems: ['楼道照明'] });
    const invited = (await items('manager')).find((i) => i.id === `meeting:${meeting.id}`);
    expect(invited).toMatchObject({ kind: 'meeting.attend', due: at, dueLabel: '开始', page: `/packages/governance/meeting/index?id=${encodeURIComponent(meeting.id)}` });
    expect((await items('owner')).some((i) => i.kind === 'meeting.attend')).toBe(false);

    h.clock.set(new Date(Date.parse(at) + 3_600_000).toISOString());
    await h.ok('committee', 'meetings.attendance', { meetingId: meeting.id, present: [userOf('committee'), userOf('manager'), userOf('community')] });
    expect((await items('manager')).some((i) => i.id === `meeting:${meeting.id}`)).toBe(false);
    const approve = (await items('committee')).find((i) => i.id === `minutes:${meeting.id}`);
    expect(approve).toMatchObject({ kind: 'minutes.approve', detail: '纪要还没写,写好后通过并公布' });
    // The manager was present but did not convene: not theirs to approve.
    expect((await items('manager')).some((i) => i.id === `minutes:${meeting.id}`)).toBe(false);
    await h.ok('committee', 'meetings.minutes', { meetingId: meeting.id, text: '楼道照明本月换好。', version: 0 });
    await h.ok('committee', 'meetings.approve', { meetingId: meeting.id, version: 1 });
    expect((await items('committee')).some((i) => i.id === `minutes:${meeting.id}`)).toBe(false);
  });
});

// Security findings in the volunteers area (issue 16): the check-in code is random, stored with
// the activity (not derived from its public id and creation time) and attempt-limited; a care
// record can be withdrawn, which deletes it and logs who and when.
import { dispatch } from '../../server/app/dispatch';
import type { ActivityDoc } from '../../server/app/volunteers/model';
import { CHECK_IN_TRIES, CHECK_IN_WINDOW_MINUTES } from '../../server/app/volunteers/helpers/checkInCode';
import { demoHarness, type Harness } from '../support/harness';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const HOUR = 3_600_000;
const at = (hours: number) => new Date(h.clock.now().getTime() + hours * HOUR).toISOString();
const errorOf = (o: { body: unknown }) => (o.body as { error: { code: string; field?: string; message: string; details?: Record<string, unknown> } }).error;

async function volunteer(i: number): Promise<string> {
  const openid = `t-sec-${i}`;
  await h.deps.store.insert('users', { _id: `user:${openid}`, openid, name: `志愿者${i}`, roles: ['resident'], phone: null, createdAt: at(0) });
  await h.deps.store.insert('teamMembers', { _id: `tm:team:cleaning:user:${openid}`, teamId: 'team:cleaning', userId: `user:${openid}`, name: `志愿者${i}`, status: 'member', note: '', at: at(0) });
  return openid;
}
const as = (openid: string, action: string, input: unknown) => dispatch(h.deps, action, input, { openid });

/** The code as it used to be made: an unkeyed hash of the activity's id and creation time, both public. */
function oldCheckInCode(seed: string): string {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619);
  return String((hash >>> 0) % 1_000_000).padStart(6, '0');
}

/** An activity starting in an hour with `n` volunteers signed up; the clock moved to its start. */
async function startedActivity(n: number) {
  const { activity } = await h.ok('committee', 'volunteers.activity.create', { teamId: 'team:cleaning', title: '清扫中心广场', place: '中心广场', startAt: at(1), endAt: at(3), capacity: 10 });
  const people: string[] = [];
  for (let i = 0; i < n; i++) {
    people.push(await volunteer(i));
    await as(people[i], 'volunteers.signup', { activityId: activity.id });
  }
  h.clock.advance(HOUR);
  return { id: activity.id as string, people };
}

describe('the check-in code', () => {
  it('is not the hash of the activity id and creation time anyone can read', async () => {
    const { id, people } = await startedActivity(1);
    const doc = (await h.deps.store.get<ActivityDoc>('activities', id))!;
    const guessed = oldCheckInCode(`${doc._id}:${doc.createdAt}`);
    const shown = (await h.ok('committee', 'volunteers.activity', { activityId: id })).checkInCode as string;
    expect(shown).toMatch(/^\d{6}$/);
    if (guessed !== shown) expect((await as(people[0], 'volunteers.checkIn', { activityId: id, code: guessed })).status).toBe(400);
    expect((await as(people[0], 'volunteers.checkIn', { activityId: id, code: shown })).status).toBe(200);
  });

  it('is stored, so the leader sees the same code each time, and differs between activities', async () => {
    const a = await startedActivity(0);
    const first = (await h.ok('committee', 'volunteers.activity', { activityId: a.id })).checkInCode;
    expect((await h.ok('committee', 'volunteers.activity', { activityId: a.id })).checkInCode).toBe(first);
    const codes = new Set<string>([first!]);
    for (let i = 0; i < 4; i++) {
      const { activity } = await h.ok('committee', 'volunteers.activity.create', { teamId: 'team:cleaning', title: `活动${i}`, place: '中心广场', startAt: at(1), endAt: at(2), capacity: 3 });
      codes.add((await h.ok('committee', 'volunteers.activity', { activityId: activity.id })).checkInCode!);
    }
    expect(codes.size).toBeGreaterThan(1);
  });

  it(`allows ${CHECK_IN_TRIES} wrong codes per person in ${CHECK_IN_WINDOW_MINUTES} minutes, then answers 429 with the wait`, async () => {
    const { id, people } = await startedActivity(2);
    const code = (await h.ok('committee', 'volunteers.activity', { activityId: id })).checkInCode as string;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < CHECK_IN_TRIES; i++) {
      const outcome = await as(people[0], 'volunteers.checkIn', { activityId: id, code: wrong });
      expect([outcome.status, errorOf(outcome).field]).toEqual([400, 'code']);
    }
    const blocked = await as(people[0], 'volunteers.checkIn', { activityId: id, code });
    expect(blocked.status).toBe(429);
    expect(errorOf(blocked)).toMatchObject({ code: 'too_many', field: 'code', message: expect.stringMatching(/请 \d+ 分钟后再试/) });
    // Someone else at the same activity is not held up.
    expect((await as(people[1], 'volunteers.checkIn', { activityId: id, code })).status).toBe(200);
    h.clock.advance(CHECK_IN_WINDOW_MINUTES * 60_000 + 1);
    expect((await as(people[0], 'volunteers.checkIn', { activityId: id, code })).status).toBe(200);
  });

  it('counts no tries for a caller who is not signed up: they learn nothing about the code', async () => {
    const { id } = await startedActivity(0);
    const stranger = await volunteer(9);
    const code = (await h.ok('committee', 'volunteers.activity', { activityId: id })).checkInCode as string;
    expect((await as(stranger, 'volunteers.checkIn', { activityId: id, code })).status).toBe(404);
    expect((await as(stranger, 'volunteers.checkIn', { activityId: id, code: '000000' })).status).toBe(404);
  });
});

describe('withdrawing a care record', () => {
  async function demoCare(): Promise<string> {
    const { items } = await h.ok('community', 'care.list');
    return items[0].id as string;
  }

  it('deletes the record, its pairings and visits, and logs who withdrew it and when', async () => {
    const careId = await demoCare();
    const out = await h.ok('community', 'care.withdraw', { careId, reason: 'consent_withdrawn' });
    expect(out).toEqual({ withdrawn: true });
    expect(await h.deps.store.get('carePairs', careId)).toBeNull();
    expect(await h.deps.store.find('careLinks', { where: { careId } })).toEqual([]);
    expect(await h.deps.store.find('careVisits', { where: { careId } })).toEqual([]);
    const [event] = await h.deps.store.find<{ _id: string; type: string; actorId: string; at: string; data: Record<string, unknown> }>('events', { where: { subject: careId, type: 'care.withdrawn' } as never, limit: 5 });
    expect(event).toMatchObject({ actorId: 'user:demo-community', at: h.clock.now().toISOString(), data: { reason: 'consent_withdrawn' } });
    expect(JSON.stringify(event)).not.toContain('吴桂兰');
    expect((await h.call('resident', 'care.get', { careId })).status).toBe(404);
    expect((await h.ok('resident', 'care.list')).items).toEqual([]);
  });

  it('is refused to a paired volunteer and to the care leader who did not register it', async () => {
    const careId = await demoCare();
    for (const persona of ['resident', 'committee-4', 'committee-3']) {
      const outcome = await h.call(persona, 'care.withdraw', { careId, reason: 'consent_withdrawn' });
      expect({ persona, status: outcome.status }).toEqual({ persona, status: 403 });
    }
    expect((await h.call('owner', 'care.withdraw', { careId, reason: 'consent_withdrawn' })).status).toBe(404);
    expect(await h.deps.store.get('carePairs', careId)).not.toBeNull();
  });

  it('is open to the person themselves: a member of the recorded home with the recorded name', async () => {
    const careId = await demoCare();
    const care = (await h.deps.store.get<{ _id: string; unitId: string }>('carePairs', careId))!;
    await h.deps.store.insert('users', { _id: 'user:t-wu', openid: 't-wu', name: '吴桂兰', roles: ['owner'], phone: null, createdAt: at(0) });
    await h.deps.store.insert('memberships', { _id: `m:user:t-wu:${care.unitId}`, userId: 'user:t-wu', unitId: care.unitId, holderId: 'h:t-wu', since: at(0) });
    expect((await as('t-wu', 'care.withdraw', { careId, reason: 'consent_withdrawn' })).status).toBe(200);
    expect(await h.deps.store.get('carePairs', careId)).toBeNull();
  });

  it('names the reason field when it is missing', async () => {
    const outcome = await h.call('community', 'care.withdraw', { careId: await demoCare() });
    expect([outcome.status, errorOf(outcome).field]).toEqual([400, 'reason']);
  });
});

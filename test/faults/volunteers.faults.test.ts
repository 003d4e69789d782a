// Fault suite, volunteers: signing up (a free seat; a full activity, so the waitlist), and
// cancelling a confirmed place while someone waits (the line moves up and they are told), cut at
// every write by every cut kind. After the same tap again and one run of the jobs: no seat is
// held by nobody, nobody waits while a seat is free, the line keeps its order, the tap answers
// the place it holds, and the promoted person is told at most once.
import { noSeatHeldByNobody, notifiedAtMostOnce, waitlistMovesInOrder } from './invariants';
import { cutEverywhere, ok, reports, type Invariant } from './suite';
import { seedWorld, type Host } from './world';
import type { SignupDoc } from '../../server/app/volunteers/model';
import type { PollHarness } from '../support/pollHarness';

const START = '2026-03-02T09:00:00.000Z';
const HOUR = 3_600_000;

/** An activity of two places in the cleaning team, and five members; `signed` of them signed up first. */
async function world(signed: number) {
  return seedWorld({ startIso: START }, async (h: PollHarness) => {
    const at = (hours: number) => new Date(h.clock.now().getTime() + hours * HOUR).toISOString();
    const members: string[] = [];
    for (let i = 0; i < 5; i++) {
      const openid = `fault-vol-${i}`;
      await h.deps.store.insert('users', { _id: `user:${openid}`, openid, name: `志愿者${i}`, roles: ['resident'], phone: null, createdAt: at(0) });
      await h.deps.store.insert('teamMembers', { _id: `tm:team:cleaning:user:${openid}`, teamId: 'team:cleaning', userId: `user:${openid}`, name: `志愿者${i}`, status: 'member', note: '', at: at(0) });
      members.push(openid);
    }
    const { activity } = await h.ok('committee', 'volunteers.activity.create', { teamId: 'team:cleaning', title: '清扫中心广场', place: '中心广场', startAt: at(48), endAt: at(50), capacity: 2 });
    for (const m of members.slice(0, signed)) await h.ok(m, 'volunteers.signup', { activityId: activity.id });
    return { activityId: activity.id as string, members };
  });
}

const seatInvariants = (activityId: string): Invariant[] => [
  { name: 'noSeatHeldByNobody', check: (h) => noSeatHeldByNobody(h.deps, activityId) },
  { name: 'waitlistMovesInOrder', check: (h) => waitlistMovesInOrder(h.deps, activityId) },
];

/** What the retried tap answered (checked against what is stored). */
let answered: { status?: string; arrival?: string | null } = {};
const sameTapSamePlace = (activityId: string, who: string, expected: string): Invariant => ({
  name: 'sameTapSamePlace',
  async check(h) {
    const stored = await h.deps.store.get<SignupDoc>('signups', `signup:${activityId}:user:${who}`);
    const out: string[] = [];
    if (stored?.status !== expected) out.push(`stored ${stored?.status ?? 'nothing'}, expected ${expected}`);
    if (answered.status !== stored?.status || answered.arrival !== stored?.arrival) out.push(`the tap answered ${JSON.stringify(answered)}, stored ${stored?.status} ${stored?.arrival}`);
    return out;
  },
});

async function tapAgain(h: Host, who: string, activityId: string) {
  const again = await h.ok(who, 'volunteers.signup', { activityId });
  answered = { status: again.me?.status, arrival: again.arrival };
  h.clock.advance(2 * 60_000);
  await h.jobs();
}

it('signing up for a free seat: every cut leaves one confirmed place, held by the one who tapped', async () => {
  const { file, data } = await world(1);
  const { activityId, members } = data;
  const report = await cutEverywhere({
    name: 'volunteers.signup (free seat)',
    file,
    startIso: START,
    call: { who: members[1], action: 'volunteers.signup', input: { activityId } },
    recover: (h) => tapAgain(h, members[1], activityId),
    invariants: [...seatInvariants(activityId), sameTapSamePlace(activityId, members[1], 'confirmed')],
  });
  reports.push(report);
  expect(report.failures).toEqual([]);
});

it('signing up when full: every cut leaves the tapper waiting, in order', async () => {
  const { file, data } = await world(2);
  const { activityId, members } = data;
  const report = await cutEverywhere({
    name: 'volunteers.signup (waitlist)',
    file,
    startIso: START,
    call: { who: members[2], action: 'volunteers.signup', input: { activityId } },
    recover: (h) => tapAgain(h, members[2], activityId),
    invariants: [...seatInvariants(activityId), sameTapSamePlace(activityId, members[2], 'waitlisted')],
  });
  reports.push(report);
  expect(report.failures).toEqual([]);
});

it('cancelling while someone waits: every cut frees the seat, the first waiting moves up, told once', async () => {
  const { file, data } = await world(4);
  const { activityId, members } = data;
  let retried = true;
  const report = await cutEverywhere({
    name: 'volunteers.cancel (with a waitlist)',
    file,
    startIso: START,
    call: { who: members[0], action: 'volunteers.cancel', input: { activityId, opId: 'cancel-op-0001' } },
    async recover(h, _o, first) {
      // The same tap again answers as the first did (opId), whatever the first one got to.
      retried = ok(first) || (await h.call(members[0], 'volunteers.cancel', { activityId, opId: 'cancel-op-0001' })).status === 200;
      h.clock.advance(2 * 60_000);
      await h.jobs();
    },
    invariants: [
      ...seatInvariants(activityId),
      { name: 'cancelAnsweredAsFirst', check: async () => (retried ? [] : ['the same cancel sent again was refused']) },
      {
        name: 'firstWaitingMovedUp',
        async check(h) {
          const s = await h.deps.store.get<SignupDoc>('signups', `signup:${activityId}:user:${members[2]}`);
          return s?.status === 'confirmed' ? [] : [`${members[2]} is ${s?.status}`];
        },
      },
      { name: 'notifiedAtMostOnce', check: (h) => notifiedAtMostOnce(h.deps, 'waitlist.confirmed', `user:${members[2]}`) },
    ],
  });
  reports.push(report);
  expect(report.failures).toEqual([]);
});

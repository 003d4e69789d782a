// The common cast in two store operations (the voter registry written at opening, and the ballot
// insert), and what keeps it exactly as safe as the general path: the seals closing leaves on
// empty seats, and the registry forgetting a person whose roles or memberships change.
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';
import type { PollVoterDoc } from '../../server/app/polls/helpers/voterRegistry';
import { ofKind } from '../support/narrow';

let h: PollHarness;
beforeEach(async () => {
  h = await pollHarness();
});
afterEach(() => h.close());

async function openDecision(extra: Record<string, unknown> = {}) {
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '更换19栋水泵', item: 5, ...extra });
  await h.ok('committee', 'polls.open', { pollId: poll.id });
  return poll.id as string;
}

it('registers every verified owner when the poll opens, with the seats seatFor would give them', async () => {
  const both = await h.owner('19栋101', '19栋102');
  const pollId = await openDecision();
  const doc = await h.deps.store.get<PollVoterDoc>('pollVoters', `pollVoter:${pollId}:user:${both}`);
  // Two flats of two different holders in the roster: two seats.
  expect(doc!.seats.map((s) => s.units.map((u) => u.label))).toEqual([['19栋101'], ['19栋102']]);
  // The demo's tenant (a resident, not an owner) is not registered.
  expect(await h.deps.store.get('pollVoters', `pollVoter:${pollId}:user:demo-resident`)).toBeNull();
});

it('casts a registered owner’s ballot in two store operations once the poll’s rules are known', async () => {
  const first = await h.owner('19栋101');
  const second = await h.owner('19栋201');
  const pollId = await openDecision();
  await h.ok(first, 'polls.cast', { pollId, choice: 'yes' }); // reads the poll's rules once
  const before = h.deps.store.ops;
  const cast = await h.ok(second, 'polls.cast', { pollId, choice: 'no' });
  // Also on the emulated store (the 'cloud' project), where every call is a new invocation store:
  // rulesOf keys its cache by the function instance (instanceOf, server/store/port.ts).
  expect(h.deps.store.ops - before).toBe(2);
  expect(cast.ballot).toMatchObject({ units: ['19栋201'], choice: 'no', proxy: false });
  const stored = await h.deps.store.get('ballots', cast.ballot.id);
  expect(stored).toMatchObject({ castBy: `user:${second}`, channel: 'online', choice: 'no' });
});

it('refuses, by the seal on the seat, a registered owner whose process still thinks the poll is open', async () => {
  const early = await h.owner('19栋101');
  const late = await h.owner('19栋201');
  const pollId = await openDecision();
  await h.ok(early, 'polls.cast', { pollId, choice: 'yes' }); // this process now holds the poll as open
  await h.ok('committee', 'polls.close', { pollId });
  const refused = await h.call(late, 'polls.cast', { pollId, choice: 'yes' });
  expect([refused.status, errorOf(refused).message, errorOf(refused).details]).toEqual([409, '投票已经截止', { status: 'closed' }]);
  const result = ofKind((await h.ok('committee', 'polls.results', { pollId })).result, 'decision');
  expect(result.totals.participatingHolders).toBe(1);
});

it('refuses a registered owner after the closing time, before any job closed the poll', async () => {
  const owner = await h.owner('19栋101');
  const pollId = await openDecision({ closesAt: new Date(h.clock.now().getTime() + 3_600_000).toISOString() });
  h.clock.advance(3_600_000);
  const refused = await h.call(owner, 'polls.cast', { pollId, choice: 'yes' });
  expect([refused.status, errorOf(refused).details]).toEqual([409, { status: 'closed' }]);
});

it('stops registering an owner whose owner role is withdrawn during the poll: they are refused', async () => {
  const owner = await h.owner('19栋101');
  const pollId = await openDecision();
  await h.ok('admin', 'roles.grant', { userId: `user:${owner}`, role: 'owner', grant: false });
  expect(await h.deps.store.get('pollVoters', `pollVoter:${pollId}:user:${owner}`)).toBeNull();
  expect((await h.call(owner, 'polls.cast', { pollId, choice: 'yes' })).status).toBe(403);
});

it('asks a registered owner of two holders which one, and takes a proxy’s unit the general way', async () => {
  const twoHolders = await h.owner('19栋101', '19栋201');
  const pollId = await openDecision();
  const refused = await h.call(twoHolders, 'polls.cast', { pollId, choice: 'yes' });
  expect([refused.status, errorOf(refused).field]).toEqual([400, 'unitId']);
  const cast = await h.ok(twoHolders, 'polls.cast', { pollId, unitId: (await h.unit('19栋201'))._id, choice: 'no' });
  expect(cast.ballot.units).toEqual(['19栋201']);
});

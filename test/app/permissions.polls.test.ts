// The permission matrix by relationship, for polls: a caller who has the role but not the
// relationship is refused, with an input that is otherwise valid. A committee member who does not
// hold a counter slot of a round cannot enter, sign or take a slot already held; the community
// watches but never counts; an owner not named cannot watch or sign; a proxy sees no choice that
// is not theirs; results and ballots before publication stay with the count readers.
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';
import { countPeople, countRound, serials } from '../support/paperCount';

let h: PollHarness;
let pollId: string;
let sessionId: string;
let serialOf: Map<string, string>;
let other: string;
beforeAll(async () => {
  h = await pollHarness();
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '屋面', item: 5 });
  pollId = poll.id;
  await h.ok('committee', 'polls.open', { pollId });
  serialOf = await serials(h, pollId);
  const people = await countPeople(h);
  sessionId = await countRound(h, pollId, people, [['1栋1单元101', { choice: 'yes' }]], serialOf);
  // Another committee member, with the role and no part in this round.
  other = await h.member('19栋304', ['committee']);
});
afterAll(() => h.close());

const valid = () => ({ sessionId, serial: serialOf.get('1栋1单元101'), choice: 'yes' });

it('refuses a committee member who is not a counter of the round entering a ballot (403)', async () => {
  const outcome = await h.call(other, 'polls.count.enter', valid());
  expect([outcome.status, errorOf(outcome).message]).toEqual([403, '你不是这一轮的计票人,请先以计票人身份加入']);
});

it('refuses a committee member taking a slot another account holds (409) and signing without a place (403)', async () => {
  const taken = await h.call(other, 'polls.count.join', { sessionId, as: 'counter', slot: 2 });
  expect(taken.status).toBe(409);
  const { digest } = await h.ok('committee', 'polls.count.review', { sessionId });
  expect((await h.call(other, 'polls.count.sign', { sessionId, digest })).status).toBe(403);
});

it('lets the community watch and sign but never count', async () => {
  expect((await h.call('community', 'polls.count.enter', valid())).status).toBe(403);
  expect((await h.call('community', 'polls.count.join', { sessionId, as: 'counter', slot: 2 })).status).toBe(403);
  expect((await h.ok('community', 'polls.count.review', { sessionId })).me).toMatchObject({ scrutineer: true });
});

it('refuses an owner not named as scrutineer watching, following or signing the round', async () => {
  expect((await h.call('owner', 'polls.count.join', { sessionId, as: 'scrutineer' })).status).toBe(403);
  expect((await h.call('owner', 'polls.count.review', { sessionId })).status).toBe(403);
  const { digest } = await h.ok('committee', 'polls.count.review', { sessionId });
  expect((await h.call('owner', 'polls.count.sign', { sessionId, digest })).status).toBe(403);
});

it('keeps the committee from closing a count nobody signed, even with a valid photo', async () => {
  const photoFileId = await h.deps.files.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1]), 'image/jpeg');
  expect((await h.call('committee', 'polls.count.close', { pollId, photoFileId })).status).toBe(409);
});

it("shows an owner only their own ballot's receipt, and the public record only after publication", async () => {
  const cast = await h.ok('owner', 'polls.cast', { pollId, choice: 'no' });
  const neighbour = await h.owner('19栋302');
  const seen = await h.ok(neighbour, 'polls.myBallots', {});
  expect(JSON.stringify(seen)).not.toContain(cast.ballot.receipt);
  expect((await h.call('owner', 'polls.publicRecord', { pollId })).status).toBe(409);
  expect((await h.call('owner', 'audit.poll', { pollId })).status).toBe(403);
});

// The demo's votes, seeded through the real actions: a published committee election whose paper
// ballots met the quorum, an open maintenance-fund decision a third of the owners have answered,
// and an open consultation; the personas' own homes are left to vote.
import { demoHarness, type Harness } from '../support/harness';
import { ofKind, present } from '../support/narrow';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness(undefined, { polls: true });
});
afterAll(() => h.close());

const byKind = async (kind: string) => present((await h.ok('owner', 'polls.list', {})).items.find((p) => p.kind === kind), `a ${kind}`);

it('publishes the first committee election, counted from paper ballots with the quorum met', async () => {
  const election = await byKind('election');
  expect(election).toMatchObject({ title: '选举第一届业主委员会', status: 'published', seats: 7 });
  const result = ofKind((await h.ok('owner', 'polls.results', { pollId: election.id })).result, 'election');
  expect(result).toMatchObject({ result: 'counted', outcome: 'filled', tally: { quorum: { met: true } } });
  expect(result.elected).toHaveLength(7);
  expect(result.channels).toMatchObject({ online: 0, proxy: 0 });
  expect(result.channels.paper).toBeGreaterThan(400);
  // Counted by two accounts with a scrutineer watching, and the certificate published with it.
  const { certificate } = await h.ok('owner', 'polls.results', { pollId: election.id });
  expect(certificate).toMatchObject({ counters: ['张建国', '陈丽华'], scrutineers: ['何书记'], invalid: 0 });
  expect(present(certificate).rounds.map((r) => r.signoffs.length)).toEqual([0, 3]);
});

it('leaves the fire-main decision open, short of its quorum, with 王秀英 still to vote', async () => {
  const fund = await byKind('decision');
  expect(fund).toMatchObject({ status: 'open', item: 5, allowChange: true });
  const progress = await h.ok('committee', 'polls.progress', { pollId: fund.id });
  expect(progress.overall.quorum?.met).toBe(false);
  expect(progress.overall.units.voted).toBeGreaterThan(100);
  const mine = await h.ok('owner', 'polls.get', { pollId: fund.id });
  expect(mine.me).toMatchObject({ canVote: true, units: ['19栋301'] });
});

it('opens a consultation on the central square, one answer per flat', async () => {
  expect(await byKind('consultation')).toMatchObject({ status: 'open', per: 'unit', options: [{ label: '增加健身器材和座椅' }, { label: '划出一块儿童游乐区' }, { label: '保持现状,只修补地面' }] });
});

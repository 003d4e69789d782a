// Paper ballots counted in public, by more than one account: the numbered register, two counters
// each on their own account entering every ballot, the differences listed, the voids decided and
// signed during the rounds, two consecutive agreeing rounds and the signatures of both counters and
// a scrutineer before the count closes, and the certificate the close records; paper then counts
// like any ballot, once per owner. Nothing records a ballot outside a count.
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';
import { countPaper, countPeople, countRound, photo, serials, signRound, type CountPeople } from '../support/paperCount';
import { ofKind } from '../support/narrow';
import type { PollHolderDoc } from '../../server/app/polls/model';

let h: PollHarness;
let pollId: string;
let serialOf: Map<string, string>;
let people: CountPeople;
beforeEach(async () => {
  h = await pollHarness();
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '改造中心广场', item: 7 });
  pollId = poll.id;
  await h.ok('committee', 'polls.open', { pollId });
  serialOf = await serials(h, pollId);
  people = await countPeople(h);
});
afterEach(() => h.close());

// What came back in the box, by unit, as both counters should read it.
const box: Array<[string, Record<string, unknown>]> = [
  ['1栋1单元101', { choice: 'yes' }],
  ['1栋1单元102', { choice: 'yes' }], // the same owner's second unit, read alike: one ballot
  ['5栋2单元301', { choice: 'yes' }],
  ['5栋2单元302', { choice: 'no' }], // the same owner's units read differently: both spoilt
  ['19栋301', { choice: 'yes' }], // this owner voted online first
  ['19栋302', { invalid: '勾选了两项' }],
  ['19栋303', { choice: 'no' }],
];

it('issues one numbered ballot per unit of the frozen roster', async () => {
  expect(serialOf.size).toBe(608);
  expect(new Set(serialOf.values()).size).toBe(608);
  expect([...serialOf.values()][0]).toBe('P0001');
});

it('has no action that records a ballot without a serial and a count', async () => {
  const outcome = await h.call('committee', 'polls.paper.record', { pollId, unitId: (await h.unit('19栋301'))._id, choice: 'yes' });
  expect(outcome.status).toBe(404);
  expect(await h.deps.store.count('ballots', { pollId })).toBe(0);
});

it('lists differences, decides the voids before the close, and needs two agreeing, signed rounds', async () => {
  await h.ok('owner', 'polls.cast', { pollId, choice: 'no' });
  const differing = box.map(([label, r]): [string, Record<string, unknown>] => [label, label === '19栋303' ? { choice: 'yes' } : r]).filter(([label]) => label !== '19栋302');
  const first = await countRound(h, pollId, people, box, serialOf, differing);
  const review = await h.ok('community', 'polls.count.review', { sessionId: first });
  expect(review).toMatchObject({ issued: 608, returned: 7, notReturned: 601, agrees: false, voids: [], totals: { counter1: { entered: 7, valid: 6, invalid: 1 }, counter2: { entered: 6, valid: 6, invalid: 0 } } });
  expect(review.session.counters).toEqual(['张建国', '测试1']);
  expect(review.session.scrutineers).toEqual(['何书记']);
  expect(review.differences).toEqual(
    [
      { serial: serialOf.get('19栋302'), counter1: { invalid: '勾选了两项' }, counter2: null },
      { serial: serialOf.get('19栋303'), counter1: { choice: 'no' }, counter2: { choice: 'yes' } },
    ].sort((a, b) => (a.serial! < b.serial! ? -1 : 1)),
  );
  // Nobody signs a round that does not agree.
  const early = await h.call('community', 'polls.count.sign', { sessionId: first, digest: review.digest });
  expect(early.status).toBe(409);

  const closing = { pollId, photoFileId: await photo(h) };
  await countRound(h, pollId, people, box, serialOf);
  const tooSoon = await h.call('committee', 'polls.count.close', closing);
  expect(tooSoon.status).toBe(409);
  expect(errorOf(tooSoon).details).toMatchObject({ rounds: [{ agrees: false }, { agrees: true }] });

  const last = await countRound(h, pollId, people, box, serialOf);
  // The voids are on the review, decided while the round is open, with their reasons.
  const agreed = await h.ok('committee', 'polls.count.review', { sessionId: last });
  expect(agreed.voids.map((v: { reason: string }) => v.reason).sort()).toEqual(['勾选了两项', '同一业主的多套房屋意见不一致', '同一业主的多套房屋意见不一致', '该户已经在线投票(一户只能投一次)'].sort());
  const unsigned = await h.call('committee', 'polls.count.close', closing);
  expect(unsigned.status).toBe(409);
  expect(errorOf(unsigned).message).toContain('签字');

  await signRound(h, last, people);
  const { paperCount } = await h.ok('committee', 'polls.count.close', closing);
  expect(paperCount).toMatchObject({ issued: 608, returned: 7, notReturned: 601, valid: 3, invalid: 4, ballotsRecorded: 2, counters: ['张建国', '测试1'], scrutineers: ['何书记'], photoFileId: closing.photoFileId });
  expect(paperCount.spoilt).toEqual(agreed.voids);
  // The certificate: every round, the discrepancies of round 1 and how they were settled.
  expect(paperCount.certificate.rounds.map((r: { round: number; agrees: boolean }) => [r.round, r.agrees])).toEqual([[1, false], [2, true], [3, true]]);
  expect(paperCount.certificate.discrepancies.map((d: { round: number; serial: string; settled: string }) => [d.round, d.serial, d.settled])).toEqual(
    review.differences.map((d: { serial: string }) => [1, d.serial, '本轮未采用,以第 3 轮重新计票为准']),
  );
  expect(paperCount.certificate.rounds[2].signoffs.map((s: { as: string }) => s.as).sort()).toEqual(['counter1', 'counter2', 'scrutineer']);
  expect((await h.call('committee', 'polls.count.close', closing)).status).toBe(409);

  await h.ok('committee', 'polls.close', { pollId });
  const result = ofKind((await h.ok('committee', 'polls.results', { pollId })).result, 'decision');
  expect(result.channels).toEqual({ online: 1, paper: 2, proxy: 0 });
  expect(result.votes).toMatchObject({ yes: { heads: 1 }, no: { heads: 2 } });
});

it('gives each counter slot to the account that joined it, and one account only one place', async () => {
  const { session } = await h.ok('committee', 'polls.count.start', { pollId, returned: 1 });
  const sessionId = session.id;
  await h.ok('committee', 'polls.count.join', { sessionId, as: 'counter', slot: 1 });
  // The same account cannot take the second slot, nor watch its own count.
  const both = await h.call('committee', 'polls.count.join', { sessionId, as: 'counter', slot: 2 });
  expect(both.status).toBe(409);
  expect(errorOf(both).message).toContain('不能同时担任两位计票人');
  expect((await h.call('committee', 'polls.count.join', { sessionId, as: 'scrutineer' })).status).toBe(409);
  // Another member cannot take a slot already held, nor enter without one.
  const taken = await h.call(people.counter2, 'polls.count.join', { sessionId, as: 'counter', slot: 1 });
  expect([taken.status, errorOf(taken).message]).toEqual([409, '计票人 1 已由张建国担任']);
  const outsider = await h.call(people.counter2, 'polls.count.enter', { sessionId, serial: 'P0001', choice: 'yes' });
  expect(outsider.status).toBe(403);
  // The request cannot say which counter it is.
  const named = await h.call('committee', 'polls.count.enter', { sessionId, counter: 2, serial: 'P0001', choice: 'yes' });
  expect([named.status, errorOf(named).field]).toEqual([400, 'counter']);
  // Only committee members count; an owner not named cannot watch.
  expect((await h.call('community', 'polls.count.join', { sessionId, as: 'counter', slot: 2 })).status).toBe(403);
  expect((await h.call('owner', 'polls.count.join', { sessionId, as: 'scrutineer' })).status).toBe(403);
  expect((await h.call('owner', 'polls.count.review', { sessionId })).status).toBe(403);
  const wrongSlot = await h.call(people.counter2, 'polls.count.join', { sessionId, as: 'counter' });
  expect([wrongSlot.status, errorOf(wrongSlot).field]).toEqual([400, 'slot']);
});

it('lets an owner the committee named watch and sign, and only them', async () => {
  const named = await h.owner('19栋302');
  const bad = await h.call('committee', 'polls.count.start', { pollId, returned: 1, scrutineers: ['user:nobody'] });
  expect([bad.status, errorOf(bad).field]).toEqual([400, 'scrutineers.0']);
  const watcher = { ...people, scrutineer: named };
  expect((await h.ok(named, 'polls.get', { pollId })).me.scrutineerRound).toBeUndefined();
  const rounds = [];
  for (let i = 0; i < 2; i++) {
    const { session } = await h.ok('committee', 'polls.count.start', { pollId, returned: 1, scrutineers: [`user:${named}`] });
    await h.ok('committee', 'polls.count.join', { sessionId: session.id, as: 'counter', slot: 1 });
    await h.ok(people.counter2, 'polls.count.join', { sessionId: session.id, as: 'counter', slot: 2 });
    await h.ok(named, 'polls.count.join', { sessionId: session.id, as: 'scrutineer' });
    for (const who of ['committee', people.counter2]) await h.ok(who, 'polls.count.enter', { sessionId: session.id, serial: serialOf.get('1栋1单元101')!, choice: 'yes' });
    rounds.push(session.id);
  }
  expect((await h.ok(named, 'polls.count.review', { sessionId: rounds[1] })).me).toEqual({ slot: null, scrutineer: true, signed: false });
  // The poll's page tells the named owner which round to join ("您被推选为监票人"), and nobody else.
  expect((await h.ok(named, 'polls.get', { pollId })).me.scrutineerRound).toBe(2);
  expect((await h.ok(people.counter2, 'polls.get', { pollId })).me.scrutineerRound).toBeUndefined();
  await signRound(h, rounds[1], watcher);
  const { paperCount } = await h.ok('committee', 'polls.count.close', { pollId, photoFileId: await photo(h) });
  expect(paperCount.scrutineers).toEqual(['测试2']);
  // Once the count is closed, there is nothing left to watch.
  expect((await h.ok(named, 'polls.get', { pollId })).me.scrutineerRound).toBeUndefined();
});

it('refuses rounds that do not add up, unknown serials, and a signature on what changed since', async () => {
  const over = await h.call('committee', 'polls.count.start', { pollId, returned: 609 });
  expect([over.status, errorOf(over).field]).toEqual([400, 'returned']);
  const sessionId = await countRound(h, pollId, people, [['1栋1单元101', { choice: 'yes' }]], serialOf);
  const unknown = await h.call('committee', 'polls.count.enter', { sessionId, serial: 'P0609', choice: 'yes' });
  expect([unknown.status, errorOf(unknown).field]).toEqual([400, 'serial']);
  const noReason = await h.call('committee', 'polls.count.enter', { sessionId, serial: 'P0001', invalid: ' ' });
  expect([noReason.status, errorOf(noReason).field]).toEqual([400, 'invalid']);
  const { digest } = await h.ok('committee', 'polls.count.review', { sessionId });
  await h.ok('community', 'polls.count.sign', { sessionId, digest });
  // A counter corrects their entry: the log keeps both, and the earlier signature no longer covers the round.
  await h.ok('committee', 'polls.count.enter', { sessionId, serial: serialOf.get('1栋1单元101')!, choice: 'no' });
  expect(await h.deps.store.count('events', { subject: sessionId, type: 'count.corrected' })).toBe(1);
  const stale = await h.call(people.counter2, 'polls.count.sign', { sessionId, digest });
  expect(stale.status).toBe(409);
  const review = await h.ok('committee', 'polls.count.review', { sessionId });
  expect(review.agrees).toBe(false);
  expect(review.signoffs).toEqual([]);
  const badDigest = await h.call('community', 'polls.count.sign', { sessionId, digest: 'zz' });
  expect([badDigest.status, errorOf(badDigest).field]).toEqual([400, 'digest']);
});

it('lets a later close finish one that stopped half-way, without counting a ballot twice', async () => {
  await countRound(h, pollId, people, box, serialOf);
  const last = await countRound(h, pollId, people, box, serialOf);
  await signRound(h, last, people);
  const closing = { pollId, photoFileId: await photo(h) };
  // The first close claimed the count and wrote one owner's paper ballot, then its function died.
  await h.deps.store.update('polls', pollId, { paperCount: { state: 'closing', at: h.clock.now().toISOString() } });
  const holder = (await h.unit('19栋303')).holderId;
  const frozen = (await h.deps.store.get<PollHolderDoc>('pollHolders', `pollHolder:${pollId}:${holder}`))!;
  await h.deps.store.insert('ballots', { _id: `ballot:${pollId}:${holder}`, pollId, key: holder, holderId: holder, units: frozen.units, areaCenti: frozen.areaCenti, channel: 'paper', castBy: 'user:demo-committee', paper: { serial: serialOf.get('19栋303'), recordedBy: 'user:demo-committee' }, choice: 'no', castAt: h.clock.now().toISOString(), changes: 0 });
  expect((await h.call('committee', 'polls.count.close', closing)).status).toBe(409);
  h.clock.advance(3 * 60_000);
  const { paperCount } = await h.ok('committee', 'polls.count.close', closing);
  // 黄德明's two units, 19栋301 (no online vote this time) and 19栋303: three owners' ballots.
  expect(paperCount).toMatchObject({ state: 'closed', returned: 7, ballotsRecorded: 3, invalid: 3 });
  expect(await h.deps.store.count('ballots', { pollId })).toBe(3);
});

it('sets aside a paper ballot whose owner voted online after the signatures, and asks to sign again first', async () => {
  await countRound(h, pollId, people, [['19栋301', { choice: 'yes' }]], serialOf);
  const last = await countRound(h, pollId, people, [['19栋301', { choice: 'yes' }]], serialOf);
  await signRound(h, last, people);
  await h.ok('owner', 'polls.cast', { pollId, choice: 'no' });
  const closing = { pollId, photoFileId: await photo(h) };
  expect((await h.call('committee', 'polls.count.close', closing)).status).toBe(409);
  await signRound(h, last, people);
  const paperCount = (await h.ok('committee', 'polls.count.close', closing)).paperCount;
  expect(paperCount).toMatchObject({ ballotsRecorded: 0, spoilt: [{ serial: serialOf.get('19栋301'), reason: '该户已经在线投票(一户只能投一次)' }] });
  expect(await h.deps.store.count('ballots', { pollId })).toBe(1);
});

it('counts a helper-made count the same way (countPaper)', async () => {
  const paperCount = await countPaper(h, pollId, [['1栋1单元101', { choice: 'yes' }]], people);
  expect(paperCount.ballotsRecorded).toBe(1);
});

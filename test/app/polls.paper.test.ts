// Paper ballots counted in public: the numbered register, two counters entering every ballot,
// the differences listed, two consecutive agreeing rounds before the count closes, and what the
// closing records; paper then counts like any ballot, once per owner.
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';

let h: PollHarness;
let pollId: string;
let serialOf: Map<string, string>;
beforeEach(async () => {
  h = await pollHarness();
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '改造中心广场', item: 7 });
  pollId = poll.id;
  await h.ok('committee', 'polls.open', { pollId });
  serialOf = new Map();
  for (let skip = 0; ; ) {
    const page = await h.ok('committee', 'polls.paper.register', { pollId, skip });
    for (const item of page.items) serialOf.set(item.label, item.serial);
    if (!page.hasMore) break;
    skip = page.nextSkip;
  }
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

async function round(readings: Array<Array<[string, Record<string, unknown>]>>) {
  const { session } = await h.ok('committee', 'polls.count.start', { pollId, returned: box.length, counters: ['刘计票', '陈计票'] });
  for (const counter of [1, 2] as const) {
    for (const [label, reading] of readings[counter - 1]) await h.ok('committee', 'polls.count.enter', { sessionId: session.id, counter, serial: serialOf.get(label), ...reading });
  }
  return session.id as string;
}

it('issues one numbered ballot per unit of the frozen roster', async () => {
  expect(serialOf.size).toBe(608);
  expect(new Set(serialOf.values()).size).toBe(608);
  expect([...serialOf.values()][0]).toBe('P0001');
});

it('lists every ballot where the counters differ, checks the totals, and needs two agreeing rounds', async () => {
  await h.ok('owner', 'polls.cast', { pollId, choice: 'no' });
  const differing = box.map(([label, r]): [string, Record<string, unknown>] => [label, label === '19栋303' ? { choice: 'yes' } : r]).filter(([label]) => label !== '19栋302');
  const first = await round([box, differing]);
  const review = await h.ok('committee', 'polls.count.review', { sessionId: first });
  expect(review).toMatchObject({ issued: 608, returned: 7, notReturned: 601, agrees: false, totals: { counter1: { entered: 7, valid: 6, invalid: 1 }, counter2: { entered: 6, valid: 6, invalid: 0 } } });
  expect(review.differences).toEqual([
    { serial: serialOf.get('19栋302'), counter1: { invalid: '勾选了两项' }, counter2: null },
    { serial: serialOf.get('19栋303'), counter1: { choice: 'no' }, counter2: { choice: 'yes' } },
  ].sort((a, b) => (a.serial! < b.serial! ? -1 : 1)));

  const photo = await h.deps.files.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7]), 'image/jpeg');
  const closing = { pollId, counters: ['刘计票', '陈计票'], scrutineers: ['何书记'], photoFileId: photo };
  await round([box, box]);
  const tooSoon = await h.call('committee', 'polls.count.close', closing);
  expect(tooSoon.status).toBe(409);
  expect(errorOf(tooSoon).details).toMatchObject({ rounds: [{ agrees: false }, { agrees: true }] });

  await round([box, box]);
  const { paperCount } = await h.ok('committee', 'polls.count.close', closing);
  expect(paperCount).toMatchObject({ issued: 608, returned: 7, notReturned: 601, valid: 3, invalid: 4, ballotsRecorded: 2, counters: ['刘计票', '陈计票'], scrutineers: ['何书记'], photoFileId: photo });
  expect(paperCount.valid + paperCount.invalid).toBe(paperCount.returned);
  expect(paperCount.spoilt.map((s: { reason: string }) => s.reason).sort()).toEqual(['勾选了两项', '同一业主的多套房屋意见不一致', '同一业主的多套房屋意见不一致', '该户已经投过票(一户只能投一次)'].sort());
  expect((await h.call('committee', 'polls.count.close', closing)).status).toBe(409);

  await h.ok('committee', 'polls.close', { pollId });
  const { result } = await h.ok('committee', 'polls.results', { pollId });
  expect(result.channels).toEqual({ online: 1, paper: 2, proxy: 0 });
  expect(result.votes).toMatchObject({ yes: { heads: 1 }, no: { heads: 2 } });
});

it('refuses rounds that do not add up, unknown serials and one person counting twice', async () => {
  const over = await h.call('committee', 'polls.count.start', { pollId, returned: 609, counters: ['甲', '乙'] });
  expect([over.status, errorOf(over).field]).toEqual([400, 'returned']);
  const same = await h.call('committee', 'polls.count.start', { pollId, returned: 1, counters: ['甲', '甲'] });
  expect([same.status, errorOf(same).field]).toEqual([400, 'counters.1']);
  const { session } = await h.ok('committee', 'polls.count.start', { pollId, returned: 1, counters: ['甲', '乙'] });
  const unknown = await h.call('committee', 'polls.count.enter', { sessionId: session.id, counter: 1, serial: 'P0609', choice: 'yes' });
  expect([unknown.status, errorOf(unknown).field]).toEqual([400, 'serial']);
  const third = await h.call('committee', 'polls.count.enter', { sessionId: session.id, counter: 3, serial: 'P0001', choice: 'yes' });
  expect([third.status, errorOf(third).field]).toEqual([400, 'counter']);
  const noReason = await h.call('committee', 'polls.count.enter', { sessionId: session.id, counter: 1, serial: 'P0001', invalid: ' ' });
  expect([noReason.status, errorOf(noReason).field]).toEqual([400, 'invalid']);
  // A counter corrects their own entry; the log keeps both.
  await h.ok('committee', 'polls.count.enter', { sessionId: session.id, counter: 1, serial: 'P0001', choice: 'yes' });
  await h.ok('committee', 'polls.count.enter', { sessionId: session.id, counter: 1, serial: 'P0001', choice: 'no' });
  expect(await h.deps.store.count('events', { subject: session.id })).toBe(2);
  const review = await h.ok('committee', 'polls.count.review', { sessionId: session.id });
  expect(review.totals.counter1).toEqual({ entered: 1, valid: 1, invalid: 0 });
});

it('lets a later close finish one that stopped half-way, without counting a ballot twice', async () => {
  await round([box, box]);
  await round([box, box]);
  const photo = await h.deps.files.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 8]), 'image/jpeg');
  const closing = { pollId, counters: ['刘计票', '陈计票'], scrutineers: ['何书记'], photoFileId: photo };
  // The first close claimed the count and wrote one owner's paper ballot, then its function died.
  await h.deps.store.update('polls', pollId, { paperCount: { state: 'closing', at: h.clock.now().toISOString() } });
  const holder = (await h.unit('19栋303')).holderId;
  const frozen = (await h.deps.store.get<any>('pollHolders', `pollHolder:${pollId}:${holder}`))!;
  await h.deps.store.insert('ballots', { _id: `ballot:${pollId}:${holder}`, pollId, key: holder, holderId: holder, units: frozen.units, areaCenti: frozen.areaCenti, channel: 'paper', castBy: 'user:demo-committee', paper: { serial: serialOf.get('19栋303'), recordedBy: 'user:demo-committee' }, choice: 'no', castAt: h.clock.now().toISOString(), changes: 0 });
  expect((await h.call('committee', 'polls.count.close', closing)).status).toBe(409);
  h.clock.advance(3 * 60_000);
  const { paperCount } = await h.ok('committee', 'polls.count.close', closing);
  // 黄德明's two units, 19栋301 (no online vote this time) and 19栋303: three owners' ballots.
  expect(paperCount).toMatchObject({ state: 'closed', returned: 7, ballotsRecorded: 3, invalid: 3 });
  expect(await h.deps.store.count('ballots', { pollId })).toBe(3);
});

// Casting on the demo compound: once per holder whatever the path (double taps, retries, two
// devices, paper, proxies), only verified owners, one change where allowed, the frozen roster.
import { MAX_BALLOT_CHANGES } from '../../src/domain/ballotChange';
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';
import { ofKind } from '../support/narrow';
import { countPaper } from '../support/paperCount';

let h: PollHarness;
beforeEach(async () => {
  h = await pollHarness();
});
afterEach(() => h.close());

async function openDecision(extra: Record<string, unknown> = {}) {
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '使用维修资金更换19栋水泵', item: 5, ...extra });
  await h.ok('committee', 'polls.open', { pollId: poll.id });
  return poll.id as string;
}

const statuses = (outcomes: Array<{ status: number }>) => outcomes.map((o) => o.status).sort();

describe('one ballot per holder', () => {
  it('keeps exactly one ballot when the same owner submits five times at once', async () => {
    const pollId = await openDecision();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => h.call('owner', 'polls.cast', { pollId, choice: 'yes' })));
    expect(statuses(outcomes)).toEqual([200, 409, 409, 409, 409]);
    expect(errorOf(outcomes.find((o) => o.status === 409)!).details).toMatchObject({ status: 'voted', channel: 'online' });
    expect(await h.deps.store.count('ballots', { pollId })).toBe(1);
    // The ballot is its own record: who cast it, when, online.
    const [ballot] = await h.deps.store.find('ballots', { where: { pollId } });
    expect(ballot).toMatchObject({ castBy: 'user:demo-owner', channel: 'online', choice: 'yes' });
  });

  it('keeps one ballot when two devices of one household vote at once, with different choices', async () => {
    const pollId = await openDecision();
    const spouse = await h.owner('19栋301');
    const outcomes = await Promise.all([h.call('owner', 'polls.cast', { pollId, choice: 'yes' }), h.call(spouse, 'polls.cast', { pollId, choice: 'no' })]);
    expect(statuses(outcomes)).toEqual([200, 409]);
    expect(await h.deps.store.count('ballots', { pollId })).toBe(1);
  });

  it('lets an owner of three units vote once for all three, and refuses a second ballot for any of them', async () => {
    const pollId = await openDecision();
    const wu = await h.owner('5栋2单元301');
    const cast = await h.ok(wu, 'polls.cast', { pollId, choice: 'no' });
    expect(cast.ballot.units).toEqual(['5栋2单元301', '5栋2单元302', '5栋2单元401']);
    const other = await h.owner('5栋2单元401');
    const again = await h.call(other, 'polls.cast', { pollId, choice: 'yes' });
    expect(again.status).toBe(409);
    const paper = await countPaper(h, pollId, [['5栋2单元302', { choice: 'yes' }]]);
    expect(paper).toMatchObject({ ballotsRecorded: 0, spoilt: [{ reason: '该户已经在线投票(一户只能投一次)' }] });
    expect(await h.deps.store.count('ballots', { pollId })).toBe(1);
  });

  it('sets aside a paper ballot for a unit that voted online, and refuses online after paper', async () => {
    const pollId = await openDecision();
    await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' });
    const neighbour = await h.owner('19栋302');
    const paper = await countPaper(h, pollId, [
      ['19栋301', { choice: 'no' }],
      ['19栋302', { choice: 'abstain' }],
    ]);
    expect(paper).toMatchObject({ ballotsRecorded: 1, spoilt: [{ reason: '该户已经在线投票(一户只能投一次)' }] });
    const online = await h.call(neighbour, 'polls.cast', { pollId, choice: 'yes' });
    expect(online.status).toBe(409);
    expect(errorOf(online).message).toContain('纸质');
    expect(await h.deps.store.count('ballots', { pollId })).toBe(2);
  });

});

describe('who may vote', () => {
  it('lets only verified owners vote in a decision', async () => {
    const pollId = await openDecision();
    expect((await h.call('resident', 'polls.cast', { pollId, choice: 'yes' })).status).toBe(403);
    expect((await h.call('newcomer', 'polls.cast', { pollId, choice: 'yes' })).status).toBe(403);
    expect((await h.call('staff', 'polls.cast', { pollId, choice: 'yes' })).status).toBe(403);
    const tenant = await h.member('19栋303');
    expect((await h.call(tenant, 'polls.cast', { pollId, choice: 'yes' })).status).toBe(403);
    // An owner cannot name someone else's unit.
    const other = await h.call('owner', 'polls.cast', { pollId, unitId: (await h.unit('19栋303'))._id, choice: 'yes' });
    expect(other.status).toBe(403);
    expect(await h.deps.store.count('ballots', { pollId })).toBe(0);
  });

  it('asks an owner verified for two holders which one they vote for', async () => {
    const pollId = await openDecision();
    const both = await h.owner('19栋301', '19栋303');
    const outcome = await h.call(both, 'polls.cast', { pollId, choice: 'yes' });
    expect([outcome.status, errorOf(outcome).field]).toEqual([400, 'unitId']);
    await h.ok(both, 'polls.cast', { pollId, unitId: (await h.unit('19栋303'))._id, choice: 'yes' });
    await h.ok(both, 'polls.cast', { pollId, unitId: (await h.unit('19栋301'))._id, choice: 'no' });
    expect(await h.deps.store.count('ballots', { pollId })).toBe(2);
  });

  it('names the field of a wrong choice', async () => {
    const pollId = await openDecision();
    const none = await h.call('owner', 'polls.cast', { pollId });
    expect([none.status, errorOf(none).field]).toEqual([400, 'choice']);
    const bad = await h.call('owner', 'polls.cast', { pollId, choice: 'maybe' });
    expect([bad.status, errorOf(bad).field]).toEqual([400, 'choice']);
    const wrongKind = await h.call('owner', 'polls.cast', { pollId, choice: 'yes', choices: ['c1'] });
    expect([wrongKind.status, errorOf(wrongKind).field]).toEqual([400, 'choices']);
    const extra = await h.call('owner', 'polls.cast', { pollId, choice: 'yes', weight: 2 });
    expect([extra.status, errorOf(extra).field]).toEqual([400, 'weight']);
    expect((await h.call('owner', 'polls.cast', { pollId: 'poll:nope', choice: 'yes' })).status).toBe(404);
  });
});

describe('consultations', () => {
  it('takes one answer per unit from any verified member, owner or tenant', async () => {
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'consultation', title: '垃圾分类投放点设在哪里', options: ['东门', '西门', '北门'], per: 'unit' });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    await h.ok('resident', 'polls.cast', { pollId: poll.id, option: 'o2' });
    const flatmate = await h.member('3栋2单元502');
    expect((await h.call(flatmate, 'polls.cast', { pollId: poll.id, option: 'o1' })).status).toBe(409);
    expect((await h.call('newcomer', 'polls.cast', { pollId: poll.id, option: 'o1' })).status).toBe(403);
    const wrong = await h.call('owner', 'polls.cast', { pollId: poll.id, option: 'o9' });
    expect([wrong.status, errorOf(wrong).field]).toEqual([400, 'option']);
    await h.ok('owner', 'polls.cast', { pollId: poll.id, option: 'o2' });
    await h.ok('committee', 'polls.close', { pollId: poll.id });
    const { result } = await h.ok('committee', 'polls.results', { pollId: poll.id });
    expect(result).toMatchObject({ kind: 'consultation', per: 'unit', ballots: 2, options: [{ count: 0 }, { label: '西门', count: 2 }, { count: 0 }] });
  });
});

describe('the roster is frozen at opening', () => {
  it('keeps the seller as the voter for a unit sold during the poll, and the denominators unchanged', async () => {
    const pollId = await openDecision();
    const before = (await h.ok('committee', 'polls.get', { pollId })).poll.roster;
    const unit = await h.unit('19栋303');
    const seller = await h.owner('19栋303');
    // The sale: the roster now names a new holder, who is verified for the unit.
    await h.deps.store.insert('holders', { _id: 'h:buyer', name: '新业主', phone: null, kind: 'person' });
    await h.deps.store.update('units', unit._id, { holderId: 'h:buyer' });
    const buyer = await h.owner('19栋303');
    const refused = await h.call(buyer, 'polls.cast', { pollId, choice: 'yes' });
    expect(refused.status).toBe(403);
    await h.ok(seller, 'polls.cast', { pollId, choice: 'no' });
    // A unit added after opening is not in this poll either.
    await h.deps.store.insert('units', { ...unit, _id: 'u:19栋--999', label: '19栋999', room: '999', holderId: 'h:buyer', order: 9999 });
    expect((await h.ok('committee', 'polls.get', { pollId })).poll.roster).toEqual(before);
    const progress = await h.ok('owner', 'polls.progress', { pollId });
    expect(progress.overall.units.total).toBe(608);
    await h.ok('committee', 'polls.close', { pollId });
    const result = ofKind((await h.ok('committee', 'polls.results', { pollId })).result, 'decision');
    expect(result.totals.units).toBe(608);
    expect(result.votes.no.heads).toBe(1);
  });

  it('lets a paper ballot for a sold unit go to the holder at opening', async () => {
    const pollId = await openDecision();
    const unit = await h.unit('19栋304');
    const oldHolder = unit.holderId;
    await h.deps.store.update('units', unit._id, { holderId: 'h:buyer' });
    await countPaper(h, pollId, [['19栋304', { choice: 'yes' }]]);
    expect(await h.deps.store.get('ballots', `ballot:${pollId}:${oldHolder}`)).not.toBeNull();
  });
});

describe('changing a ballot', () => {
  it('allows changes until the cap where the poll allows it; the last counts and every change is in the audit log', async () => {
    const pollId = await openDecision({ allowChange: true });
    await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' });
    // A double tap is not a change.
    expect((await h.call('owner', 'polls.cast', { pollId, choice: 'no' })).status).toBe(409);
    const changed = await h.ok('owner', 'polls.cast', { pollId, choice: 'no', change: true });
    expect(changed.ballot).toMatchObject({ changed: true, choice: 'no' });
    expect((await h.ok('owner', 'polls.get', { pollId })).me.ballot).toMatchObject({ choice: 'no', changes: 1, canChange: true });
    const choices = ['abstain', 'yes', 'no', 'abstain'] as const;
    for (const choice of choices.slice(0, MAX_BALLOT_CHANGES - 1)) await h.ok('owner', 'polls.cast', { pollId, choice, change: true });
    expect((await h.ok('owner', 'polls.get', { pollId })).me.ballot).toMatchObject({ changes: MAX_BALLOT_CHANGES, canChange: false });
    const over = await h.call('owner', 'polls.cast', { pollId, choice: 'yes', change: true });
    expect(over.status).toBe(409);
    expect(errorOf(over)).toMatchObject({ message: `已经改过 ${MAX_BALLOT_CHANGES} 次票了,不能再改`, details: { changeable: false } });
    const log = await h.deps.store.find('events', { where: { subject: changed.ballot.id }, orderBy: [['at', 'asc']] });
    // The first ballot (its choice, who and when) is kept in the first change's event; the stored
    // ballot keeps its first cast time and says when it last changed.
    const stored = await h.deps.store.get('ballots', changed.ballot.id);
    expect(log).toHaveLength(MAX_BALLOT_CHANGES);
    expect([log[0].type, log[0].data]).toEqual(['ballot.changed', expect.objectContaining({ from: { choice: 'yes', castAt: stored!.castAt, castBy: 'user:demo-owner' }, to: { choice: 'no' } })]);
    const last = choices[MAX_BALLOT_CHANGES - 2];
    expect(stored).toMatchObject({ choice: last, changes: MAX_BALLOT_CHANGES, changedAt: expect.any(String) });
    await h.ok('committee', 'polls.close', { pollId });
    const result = ofKind((await h.ok('committee', 'polls.results', { pollId })).result, 'decision');
    expect(result.votes[last]).toMatchObject({ heads: 1 });
    expect(result.votes.yes.heads + result.votes.no.heads + result.votes.abstain.heads).toBe(1);
  });

  it('refuses a change where the poll does not allow it', async () => {
    const pollId = await openDecision();
    await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' });
    const change = await h.call('owner', 'polls.cast', { pollId, choice: 'no', change: true });
    expect(change.status).toBe(409);
    expect(errorOf(change).details).toMatchObject({ changeable: false });
  });
});

describe('proxies (委托书)', () => {
  it('lets the recorded proxy vote for the unit, marks the ballot, and then refuses the owner', async () => {
    const pollId = await openDecision();
    const unitId = (await h.unit('19栋301'))._id;
    const proxy = await h.member('19栋502', []);
    const noAuth = await h.call(proxy, 'polls.cast', { pollId, unitId, choice: 'yes' });
    expect(noAuth.status).toBe(403);
    const photo = await h.deps.files.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg');
    const bad = await h.call('committee', 'polls.proxy.record', { pollId, unitId, proxyUserId: `user:${proxy}`, photoFileId: 'https://evil.example/x.jpg' });
    expect([bad.status, errorOf(bad).field]).toEqual([400, 'photoFileId']);
    await h.ok('committee', 'polls.proxy.record', { pollId, unitId, proxyUserId: `user:${proxy}`, photoFileId: photo });
    const again = await h.call('committee', 'polls.proxy.record', { pollId, unitId, proxyUserId: 'user:demo-owner', photoFileId: photo });
    expect(again.status).toBe(409);
    const cast = await h.ok(proxy, 'polls.cast', { pollId, unitId, choice: 'yes' });
    expect(cast.ballot.proxy).toBe(true);
    expect((await h.call('owner', 'polls.cast', { pollId, choice: 'no' })).status).toBe(409);
    // The owner sees that their unit voted; the proxy's choice is the owner's to know.
    const seen = await h.ok('owner', 'polls.get', { pollId });
    expect(seen.me.ballot).toMatchObject({ channel: 'online', choice: 'yes' });
    await h.ok('committee', 'polls.close', { pollId });
    const result = ofKind((await h.ok('committee', 'polls.results', { pollId })).result, 'decision');
    expect(result.channels).toEqual({ online: 0, paper: 0, proxy: 1 });
  });
});

describe('choosing whom to vote for', () => {
  const photoOf = () => h.deps.files.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9]), 'image/jpeg');

  it('lets a proxy with one authorisation and no flat of their own vote without naming the unit', async () => {
    const pollId = await openDecision();
    const unitId = (await h.unit('19栋303'))._id;
    const proxy = await h.member('19栋502', []);
    await h.ok('committee', 'polls.proxy.record', { pollId, unitId, proxyUserId: `user:${proxy}`, photoFileId: await photoOf() });
    const seen = await h.ok(proxy, 'polls.get', { pollId });
    expect(seen.me).toMatchObject({ canVote: true, proxy: true, units: ['19栋303'] });
    expect(seen.me.seats).toBeUndefined();
    const cast = await h.ok(proxy, 'polls.cast', { pollId, choice: 'no' });
    expect(cast.ballot).toMatchObject({ proxy: true, units: ['19栋303'] });
  });

  it('offers an owner who also holds an authorisation both seats, and votes the one named', async () => {
    const pollId = await openDecision();
    const other = (await h.unit('19栋303'))._id;
    await h.ok('committee', 'polls.proxy.record', { pollId, unitId: other, proxyUserId: 'user:demo-owner', photoFileId: await photoOf() });
    const seen = await h.ok('owner', 'polls.get', { pollId });
    expect(seen.me.seats).toEqual([
      { unitId: (await h.unit('19栋301'))._id, units: ['19栋301'], proxy: false },
      { unitId: other, units: ['19栋303'], proxy: true },
    ]);
    // Naming the authorised unit votes for it, as a proxy; naming none votes for her own flat.
    const forOther = await h.ok('owner', 'polls.get', { pollId, unitId: other });
    expect(forOther.me).toMatchObject({ canVote: true, proxy: true, units: ['19栋303'] });
    expect((await h.ok('owner', 'polls.cast', { pollId, unitId: other, choice: 'abstain' })).ballot).toMatchObject({ proxy: true, units: ['19栋303'] });
    expect((await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' })).ballot).toMatchObject({ proxy: false, units: ['19栋301'] });
  });

  it('asks a proxy of two owners which unit, naming the field', async () => {
    const pollId = await openDecision();
    const proxy = await h.member('19栋502', []);
    for (const label of ['19栋303', '19栋304']) {
      await h.ok('committee', 'polls.proxy.record', { pollId, unitId: (await h.unit(label))._id, proxyUserId: `user:${proxy}`, photoFileId: await photoOf() });
    }
    const refused = await h.call(proxy, 'polls.cast', { pollId, choice: 'yes' });
    expect([refused.status, errorOf(refused).field]).toEqual([400, 'unitId']);
    expect(((await h.ok(proxy, 'polls.get', { pollId })).me.seats as Array<{ units: string[] }>).map((s) => s.units[0])).toEqual(['19栋303', '19栋304']);
  });
});

describe('closing', () => {
  it('refuses ballots after closing by hand and after the closing time', async () => {
    const pollId = await openDecision();
    await h.ok('committee', 'polls.close', { pollId });
    const late = await h.call('owner', 'polls.cast', { pollId, choice: 'yes' });
    expect([late.status, errorOf(late).details]).toEqual([409, { status: 'closed' }]);

    const closesAt = new Date(h.clock.now().getTime() + 3_600_000).toISOString();
    const timed = await openDecision({ closesAt });
    await h.ok('owner', 'polls.cast', { pollId: timed, choice: 'yes' });
    h.clock.advance(3_600_000);
    const after = await h.call('committee', 'polls.cast', { pollId: timed, choice: 'yes' });
    expect(after.status).toBe(409);
    // Readers see it closed and counted before any timed job ran.
    const result = ofKind((await h.ok('committee', 'polls.results', { pollId: timed })).result, 'decision');
    expect(result.totals.participatingHolders).toBe(1);
  });

  it('counts exactly the ballots accepted before a close that raced with them', async () => {
    const pollId = await openDecision();
    const owners = await Promise.all(['19栋101', '19栋102', '19栋103', '19栋104', '19栋201', '19栋202'].map((u) => h.owner(u)));
    const casts = owners.map((o) => h.call(o, 'polls.cast', { pollId, choice: 'yes' }));
    const [closed, ...outcomes] = await Promise.all([h.call('committee', 'polls.close', { pollId }), ...casts]);
    expect(closed.status).toBe(200);
    const accepted = outcomes.filter((o) => o.status === 200).length;
    expect(outcomes.every((o) => o.status === 200 || o.status === 409)).toBe(true);
    const result = ofKind((await h.ok('committee', 'polls.results', { pollId })).result, 'decision');
    expect(result.totals.participatingHolders).toBe(accepted);
    // Every other seat carries the seal closing left on it.
    const { poll } = await h.ok('committee', 'polls.get', { pollId });
    expect(await h.deps.store.count('ballots', { pollId })).toBe(poll.roster!.holders);
    expect(await h.deps.store.count('ballots', { pollId, sealed: true })).toBe(poll.roster!.holders - accepted);
  });
});

// Results anyone can check: every online ballot gets a random receipt code the voter keeps, a
// paper ballot is known by its serial; once published, the public record lists every counted
// ballot as receipt/serial → choice with the head and area it counted for and no names; an owner
// finds theirs; and the recount tool reproduces the published result from that file exactly,
// through the same arithmetic (and says so), or exits 3 when the file was altered.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';
import { countPaper } from '../support/paperCount';
import { recount } from '../../server/app/polls/helpers/recountFile';
import { present } from '../support/narrow';

let h: PollHarness;
beforeEach(async () => {
  h = await pollHarness();
});
afterEach(() => h.close());

const RECEIPT = /^R-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;

function cli(file: unknown) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'record-'));
  writeFileSync(path.join(dir, 'record.json'), JSON.stringify(file));
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recount.ts', path.join(dir, 'record.json')], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
}

async function publishedDecision() {
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '使用维修资金修缮屋面', item: 5 });
  const pollId = poll.id as string;
  await h.ok('committee', 'polls.open', { pollId });
  const owner = await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' });
  const wu = await h.ok(await h.owner('5栋2单元302'), 'polls.cast', { pollId, choice: 'no' });
  await countPaper(h, pollId, [
    ['1栋1单元101', { choice: 'yes' }],
    ['1栋1单元102', { choice: 'yes' }],
  ]);
  await h.ok('committee', 'polls.close', { pollId });
  return { pollId, receipts: [owner.ballot.receipt as string, wu.ballot.receipt as string] };
}

it('gives every online ballot a random receipt code, shown again only to its voter', async () => {
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '屋面', item: 5 });
  await h.ok('committee', 'polls.open', { pollId: poll.id });
  const { poll: other } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '屋面二', item: 5 });
  await h.ok('committee', 'polls.open', { pollId: other.id });
  const a = (await h.ok('owner', 'polls.cast', { pollId: poll.id, choice: 'yes' })).ballot.receipt;
  const b = (await h.ok('owner', 'polls.cast', { pollId: other.id, choice: 'yes' })).ballot.receipt;
  expect(a).toMatch(RECEIPT);
  // The same owner, the same choice: a different code (nothing derived from identity or choice).
  expect(b).not.toBe(a);
  expect((await h.ok('owner', 'polls.get', { pollId: poll.id })).me.ballot).toMatchObject({ ref: a });
  const mine = await h.ok('owner', 'polls.myBallots', {});
  expect(mine.items.map((i) => i.ref).sort()).toEqual([a, b].sort());
  expect((await h.ok('resident', 'polls.myBallots', {})).items).toEqual([]);
});

it("keeps an owner's ballot on 核对我的选票 after the committee opens more polls, and lists a paper ballot for her flat", async () => {
  const { pollId, receipts } = await publishedDecision();
  // Eleven polls opened after hers (the list once showed only the ten newest polls), two closed
  // with her seat empty (sealed), one with a paper ballot entered for her flat.
  const later: string[] = [];
  for (let i = 0; i < 11; i++) {
    h.clock.advance(60_000);
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: `后来的表决 ${i + 1}`, item: 5 });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    later.push(poll.id);
  }
  await countPaper(h, later[10], [['19栋301', { choice: 'no' }]]);
  for (const id of later.slice(0, 2)) await h.ok('committee', 'polls.close', { pollId: id });
  const { items } = await h.ok('owner', 'polls.myBallots', {});
  const byPoll = new Map(items.map((i: { pollId: string }) => [i.pollId, i]));
  expect([...byPoll.keys()].sort()).toEqual([later[10], pollId].sort());
  expect(byPoll.get(later[10])).toMatchObject({ channel: 'paper', choice: 'no', ref: expect.stringMatching(/^P\d{4}$/), units: ['19栋301'] });
  expect(byPoll.get(pollId)).toMatchObject({ channel: 'online', choice: 'yes', ref: receipts[0], status: 'closed' });
  // The committee member who entered that paper ballot did not cast it: not on their list.
  expect((await h.ok('committee', 'polls.myBallots', {})).items.map((i: { pollId: string }) => i.pollId)).not.toContain(later[10]);
});

it('publishes a record of every counted ballot by receipt or serial, without names, that the owner can search', async () => {
  const { pollId, receipts } = await publishedDecision();
  const early = await h.call('owner', 'polls.publicRecord', { pollId });
  expect(early.status).toBe(409);
  await h.ok('committee', 'polls.publish', { pollId });
  const { file } = await h.ok('owner', 'polls.publicRecord', { pollId });
  expect(file.ballots).toHaveLength(3);
  const refs = file.ballots.map((b) => b.ref);
  expect(refs).toEqual(expect.arrayContaining([...receipts, 'P0001,P0002']));
  const mine = present(file.ballots.find((b) => b.ref === receipts[1]));
  // 吴淑珍's three flats: one head, all their area.
  expect(mine).toMatchObject({ choice: 'no', head: expect.stringMatching(/^H[0-9a-f]{12}$/) });
  expect(present(file.heads.find((x) => x.head === mine.head)).areas).toHaveLength(3);
  expect(file.heads).toHaveLength(588);
  const text = JSON.stringify(file);
  expect(text).not.toMatch(/王秀英|吴淑珍|19栋|h:[0-9a-f]{20}/);
  // No phone of any holder (holder codes are hex, so a pattern would find "phones" in them).
  for (let skip = 0; ; skip += 100) {
    const holders = await h.deps.store.find<{ _id: string; phone: string | null }>('holders', { orderBy: [['_id', 'asc']], limit: 100, skip });
    for (const phone of holders.map((x) => x.phone).filter((p): p is string => !!p)) expect(text).not.toContain(phone);
    if (holders.length < 100) break;
  }
  // The owner finds it from 我的.
  const listed = present((await h.ok('owner', 'polls.myBallots', {})).items.find((i) => i.pollId === pollId));
  expect(file.ballots.find((b) => b.ref === listed.ref)).toMatchObject({ choice: 'yes' });
});

it("recounts the public record to exactly the published result, with the app's arithmetic and through the CLI", async () => {
  const { pollId } = await publishedDecision();
  await h.ok('committee', 'polls.publish', { pollId });
  const { file } = await h.ok('owner', 'polls.publicRecord', { pollId });
  const { channels, countedAt, ...count } = present((await h.ok('owner', 'polls.results', { pollId })).result);
  expect(channels && countedAt).toBeTruthy();
  expect(recount(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, count });
  const run = cli(file);
  expect([run.status, run.stderr.trim()]).toEqual([0, 'recount: 与公布的结果完全一致']);
  expect(JSON.parse(run.stdout)).toEqual(count);
  // One flipped choice: the tool counts it and says where it differs from what was published.
  const altered = { ...file, ballots: file.ballots.map((b, i) => (i === 0 ? { ...b, choice: b.choice === 'yes' ? 'no' : 'yes' } : b)) };
  const bad = cli(altered);
  expect(bad.status).toBe(3);
  expect(bad.stderr).toContain('votes.');
});

it('recounts an election record the same way, and refuses a doubled head by its place', async () => {
  const names = ['甲', '乙', '丙', '丁', '戊', '己'];
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'election', title: '业委会换届', seats: 5, candidates: names.map((name) => ({ name, statement: '热心公益' })) });
  await h.ok('committee', 'polls.open', { pollId: poll.id });
  await h.ok('owner', 'polls.cast', { pollId: poll.id, choices: ['c1', 'c2'] });
  await h.ok(await h.owner('5栋2单元301'), 'polls.cast', { pollId: poll.id, choices: [] });
  await h.ok('committee', 'polls.close', { pollId: poll.id });
  await h.ok('committee', 'polls.publish', { pollId: poll.id });
  const { file } = await h.ok('resident', 'polls.publicRecord', { pollId: poll.id });
  expect(file.ballots.map((b) => b.choices).sort()).toEqual([[], ['甲', '乙']]);
  const { channels, countedAt, ...count } = present((await h.ok('owner', 'polls.results', { pollId: poll.id })).result);
  expect(recount(file)).toEqual({ ok: true, count });
  const doubled = recount({ ...file, ballots: [...file.ballots, file.ballots[0]] });
  expect(doubled).toMatchObject({ ok: false, problems: [{ path: 'ballots[2].head', code: 'duplicate_head_ballot' }] });
  const badArea = recount({ ...file, heads: [{ ...file.heads[0], areas: [89.5] }, ...file.heads.slice(1)] });
  expect(badArea).toMatchObject({ ok: false, problems: [{ path: 'heads[0].areas[0]', code: 'bad_area' }] });
});

it('refuses a record for a poll not published, and answers a bad id with the field', async () => {
  const bad = await h.call('owner', 'polls.publicRecord', {});
  expect([bad.status, errorOf(bad).field]).toEqual([400, 'pollId']);
});

// A poll's life on the demo compound: drafting, opening (the frozen roster), participation and
// canvassing while it runs, hidden choices, closing, publishing, exports and the recount tool.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readXlsx from 'read-excel-file/universal';
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';
import { countPaper } from '../support/paperCount';
import { recount } from '../../server/app/polls/helpers/recountFile';
import { closeDuePolls } from '../../server/app/polls/helpers/tally';
import type { PollDoc, RosterChunkDoc } from '../../server/app/polls/model';
import { ofKind, present } from '../support/narrow';
import type { Output } from '../support/actionTypes';

let h: PollHarness;
beforeEach(async () => {
  h = await pollHarness();
});
afterEach(() => h.close());

const create = (input: Record<string, unknown>) => h.call('committee', 'polls.create', input);

describe('drafting', () => {
  it('lets only the committee draft, and names the wrong field', async () => {
    expect((await h.call('owner', 'polls.create', { kind: 'decision', title: 'x', item: 1 })).status).toBe(403);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'vote', title: 'x' }, 'kind'],
      [{ kind: 'decision', title: '', item: 1 }, 'title'],
      [{ kind: 'decision', title: 'x', item: 10 }, 'item'],
      [{ kind: 'decision', title: 'x', item: 1, closesAt: '明天' }, 'closesAt'],
      [{ kind: 'decision', title: 'x', item: 1, closesAt: '2020-01-01T00:00:00Z' }, 'closesAt'],
      [{ kind: 'election', title: 'x', seats: 6, candidates: [{ name: '甲', statement: 's' }] }, 'seats'],
      [{ kind: 'election', title: 'x', seats: 13, candidates: [{ name: '甲', statement: 's' }] }, 'seats'],
      [{ kind: 'election', title: 'x', seats: 5, candidates: [{ name: '甲', statement: '' }] }, 'candidates.0.statement'],
      [{ kind: 'election', title: 'x', seats: 5, candidates: [{ name: '甲', statement: 's' }, { name: '甲', statement: 't' }] }, 'candidates.1.name'],
      [{ kind: 'consultation', title: 'x', options: ['好'], per: 'unit' }, 'options'],
      [{ kind: 'consultation', title: 'x', options: ['好', '好'], per: 'unit' }, 'options.1'],
      [{ kind: 'consultation', title: 'x', options: ['好', '不好'], per: 'family' }, 'per'],
    ];
    for (const [input, field] of cases) {
      const outcome = await create(input);
      expect([JSON.stringify(input), outcome.status, errorOf(outcome).field]).toEqual([JSON.stringify(input), 400, field]);
    }
    expect(await h.deps.store.count('polls')).toBe(0);
  });

  it('hides drafts from residents and refuses votes on them', async () => {
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '草稿', item: 2 });
    expect((await h.call('owner', 'polls.get', { pollId: poll.id })).status).toBe(404);
    expect((await h.ok('owner', 'polls.list', {})).items).toEqual([]);
    expect((await h.ok('committee', 'polls.list', { status: 'draft' })).items).toHaveLength(1);
    expect((await h.call('owner', 'polls.cast', { pollId: poll.id, choice: 'yes' })).status).toBe(409);
  });
});

describe('opening', () => {
  it('freezes the roster into chunks of at most 500 units, once, and opens in steps that show progress', async () => {
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '续聘物业', item: 4 });
    const [a, b] = await Promise.all(['open-press-a', 'open-press-b'].map((opId) => h.call('committee', 'polls.open', { pollId: poll.id, opId })));
    // One press starts the opening; the other is refused or takes the same opening further.
    expect([a.status, b.status]).toContain(200);
    for (const o of [a, b]) if (o.status !== 200) expect(errorOf(o).code).toBe('conflict');
    const first = ((a.status === 200 ? a : b).body as { data: Output<'polls.open'> }).data.poll;
    // The demo's 588 holders take more than one call's work budget (server/app/budget.ts).
    expect(first.status).toBe('opening');
    expect(first.opening?.holdersTotal).toBe(588);
    expect(first.opening?.holdersDone).toBeGreaterThan(0);
    expect(first.opening?.holdersDone).toBeLessThanOrEqual(588);
    expect((await h.call(await h.owner('5栋2单元302'), 'polls.cast', { pollId: poll.id, choice: 'yes' })).status).toBe(409);
    const { opId } = (await h.deps.store.get<PollDoc>('polls', poll.id))!.opening!;
    const opened = await h.ok('committee', 'polls.open', { pollId: poll.id, opId });
    // 608 units; 6 multi-unit owners hold 13 units and the developer 14: 608 - 13 - 14 + 6 + 1 heads.
    expect(opened.poll).toMatchObject({ status: 'open', roster: { units: 608, holders: 588 } });
    const { roster } = (await h.deps.store.get<PollDoc>('polls', poll.id))!;
    const chunks = await h.deps.store.find<RosterChunkDoc>('pollRosters', { where: { pollId: poll.id, openId: roster!.openId }, orderBy: [['n', 'asc']] });
    expect(chunks.map((c) => c.units.length)).toEqual([500, 108]);
    expect(await h.deps.store.count('pollHolders')).toBe(588);
    expect((await h.call('committee', 'polls.open', { pollId: poll.id })).status).toBe(409);
  });
});

describe('while a poll runs', () => {
  it('shows participation against the quorum, overall and per building, without choices', async () => {
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '增设电动车充电桩', item: 8 });
    const pollId = poll.id;
    await h.ok('committee', 'polls.open', { pollId });
    const wu = await h.owner('5栋2单元301');
    await h.ok(wu, 'polls.cast', { pollId, choice: 'yes' });
    await h.ok('owner', 'polls.cast', { pollId, choice: 'no' });
    const p = await h.ok('resident', 'polls.progress', { pollId });
    expect(p.overall.heads).toEqual({ num: '2', den: '588' });
    expect(p.overall.units).toEqual({ voted: 4, total: 608 });
    expect(p.overall.quorum).toEqual({ threshold: '>=2/3', areaMet: false, headsMet: false, met: false });
    const five = p.buildings.find((b) => b.id === 'b:5栋');
    expect(five).toMatchObject({ units: { voted: 3 }, heads: { voted: 1 } });
    expect(p.buildings.find((b) => b.id === 'b:19栋')).toMatchObject({ units: { voted: 1, total: 24 }, heads: { voted: 1 } });
    expect(JSON.stringify(p)).not.toMatch(/yes|no"|abstain/);
  });

  it('pages the units that have not voted, for canvassing, to the committee only', async () => {
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '修订管理规约', item: 2 });
    const pollId = poll.id;
    await h.ok('committee', 'polls.open', { pollId });
    await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' });
    expect((await h.call('owner', 'polls.nonVoters', { pollId })).status).toBe(403);
    const first = await h.ok('committee', 'polls.nonVoters', { pollId, buildingId: 'b:19栋' });
    expect(first.items).toHaveLength(23);
    expect(first.items.map((u) => u.label)).not.toContain('19栋301');
    expect(first.hasMore).toBe(false);
    let all: string[] = [];
    let skip = 0;
    for (;;) {
      const page = await h.ok('committee', 'polls.nonVoters', { pollId, skip });
      expect(page.items.length).toBeLessThanOrEqual(50);
      all = all.concat(page.items.map((u) => u.unitId));
      skip = page.nextSkip;
      if (!page.hasMore) break;
    }
    expect(all).toHaveLength(607);
    expect(new Set(all).size).toBe(607);
    const bad = await h.call('committee', 'polls.nonVoters', { pollId, buildingId: 'b:99栋' });
    expect([bad.status, errorOf(bad).field]).toEqual([400, 'buildingId']);
  });

  it('keeps choices hidden from everyone, the committee included, until the poll closes', async () => {
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '更换物业', item: 4 });
    const pollId = poll.id;
    await h.ok('committee', 'polls.open', { pollId });
    await h.ok('owner', 'polls.cast', { pollId, choice: 'no' });
    for (const who of ['committee', 'community', 'admin', 'owner']) {
      expect((await h.call(who, 'polls.results', { pollId })).status).toBe(409);
      expect([403, 409]).toContain((await h.call(who, 'polls.exportCsv', { pollId })).status);
      expect([403, 409]).toContain((await h.call(who, 'polls.exportRecount', { pollId })).status);
    }
    const seenByCommittee = await h.ok('committee', 'polls.get', { pollId });
    expect(JSON.stringify(seenByCommittee)).not.toContain('"no"');
    // The voter sees their own choice.
    expect((await h.ok('owner', 'polls.get', { pollId })).me.ballot).toMatchObject({ choice: 'no', canChange: false });
    expect(await h.deps.store.count('events', { type: 'poll.ballots_read' })).toBe(0);
  });
});

describe('after closing', () => {
  async function closedDecision() {
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '使用维修资金修缮屋面', item: 5 });
    const pollId = poll.id as string;
    await h.ok('committee', 'polls.open', { pollId });
    await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' });
    await h.ok(await h.owner('5栋2单元302'), 'polls.cast', { pollId, choice: 'no' });
    await h.ok(await h.owner('20栋601'), 'polls.cast', { pollId, choice: 'abstain' });
    await countPaper(h, pollId, [['1栋1单元101', { choice: 'yes' }]]);
    await h.ok('committee', 'polls.close', { pollId });
    return pollId;
  }

  it('shows the result to the committee, and to residents once published', async () => {
    const pollId = await closedDecision();
    const result = ofKind((await h.ok('committee', 'polls.results', { pollId })).result, 'decision');
    expect(result).toMatchObject({ kind: 'decision', result: 'no_quorum', channels: { online: 3, paper: 1, proxy: 0 } });
    // The developer's 14 units and 吴淑珍's three are one head each.
    expect(result.totals).toMatchObject({ units: 608, holders: 588, participatingHolders: 4, unitBallots: 1 + 3 + 14 + 2 });
    expect((await h.call('owner', 'polls.results', { pollId })).status).toBe(409);
    await h.ok('committee', 'polls.publish', { pollId });
    expect((await h.call('committee', 'polls.publish', { pollId })).status).toBe(409);
    expect((await h.ok('owner', 'polls.results', { pollId })).result).toEqual(result);
    // Published to 公告公示 once, opening the result page.
    const notices = (await h.ok('owner', 'notices.list', {})).notices.filter((n: { page: string | null }) => n.page?.includes(encodeURIComponent(pollId)));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ title: '表决结果公示:使用维修资金修缮屋面', page: `/packages/polls/results/index?id=${encodeURIComponent(pollId)}` });
  });

  it('exports a CSV without phone numbers or names, and logs who read the ballots', async () => {
    const pollId = await closedDecision();
    expect((await h.call('owner', 'polls.exportCsv', { pollId })).status).toBe(403);
    const first = await h.ok('committee', 'polls.exportCsv', { pollId });
    expect(first.parts).toBe(2);
    const lines = first.csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('楼栋,房屋,面积(㎡),业主编号,投票方式,委托代理,意见,投票时间(北京时间),改票');
    const second = await h.ok('committee', 'polls.exportCsv', { pollId, part: 1 });
    const rows = [...lines.slice(1), ...second.csv.trim().split('\r\n')];
    expect(rows).toHaveLength(608);
    expect(rows.find((r: string) => r.includes('19栋301'))).toMatch(/在线,,同意,/);
    expect(rows.find((r: string) => r.includes('1栋1单元102'))).toMatch(/纸质,,同意,/);
    expect(rows.filter((r: string) => r.includes('弃权'))).toHaveLength(14);
    const holders = await h.deps.store.find<{ _id: string; phone: string | null }>('holders', { limit: 100 });
    for (const phone of holders.map((x) => x.phone).filter(Boolean)) expect(first.csv + second.csv).not.toContain(phone);
    expect(first.csv).not.toContain('王秀英');
    // Holders appear as salted codes: the developer's units share one, and no roster holder id shows.
    expect(first.csv + second.csv).not.toMatch(/h:[0-9a-f]{20}/);
    const codes = new Set(rows.filter((r: string) => /20栋60[1-4],/.test(r)).map((r: string) => r.split(',')[3]));
    expect([...codes]).toEqual([expect.stringMatching(/^H[0-9a-f]{12}$/)]);
    const bad = await h.call('committee', 'polls.exportCsv', { pollId, part: 2 });
    expect([bad.status, errorOf(bad).field]).toEqual([400, 'part']);
    const reads = await h.deps.store.find('events', { where: { type: 'poll.ballots_read' } });
    expect(reads.map((e) => [e.actorId, e.data])).toEqual([
      ['user:demo-committee', { what: 'csv', part: 0 }],
      ['user:demo-committee', { what: 'csv', part: 1 }],
    ]);
  });

  it('exports the whole table in one file, CSV and Excel alike: every one of the 608 flats, times in China time', async () => {
    const pollId = await closedDecision();
    const csv = (await h.ok('committee', 'polls.export', { pollId, format: 'csv' })).file;
    expect(csv).toMatchObject({ fileName: '使用维修资金修缮屋面-逐户投票.csv', format: 'csv', rows: 608 });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF楼栋,')).toBe(true);
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 608);
    // The last flats (past the first 500) are there, with the paper ballot and the online votes.
    expect(lines.find((r) => r.includes('1栋1单元101'))).toMatch(/纸质,,同意,/);
    const [ballot] = await h.deps.store.find<{ _id: string; castAt: string }>('ballots', { where: { pollId, castBy: 'user:demo-owner' }, limit: 1 });
    const china = new Date(Date.parse(ballot.castAt) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(lines.find((r) => r.includes('19栋301'))).toContain(`在线,,同意,${china},`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);

    const xlsx = (await h.ok('committee', 'polls.export', { pollId, format: 'xlsx' })).file;
    expect(xlsx).toMatchObject({ fileName: '使用维修资金修缮屋面-逐户投票.xlsx', rows: 608 });
    const bytes = Buffer.from(xlsx.base64, 'base64');
    const [{ data }] = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    expect(data).toHaveLength(1 + 608);
    expect(data.map((r) => r.map((c) => (c === null ? '' : String(c))).join(','))).toEqual(lines);
    const bad = await h.call('committee', 'polls.export', { pollId, format: 'pdf' });
    expect([bad.status, errorOf(bad).field]).toEqual([400, 'format']);
    expect((await h.call('owner', 'polls.export', { pollId, format: 'csv' })).status).toBe(403);
    const reads = await h.deps.store.find('events', { where: { type: 'poll.ballots_read' } });
    expect(reads.map((e) => e.data)).toEqual([{ what: 'csv', rows: 608 }, { what: 'xlsx', rows: 608 }]);
  });

  it("exports a recount file whose recount equals the app's result, also through the CLI", async () => {
    const pollId = await closedDecision();
    const { file } = await h.ok('committee', 'polls.exportRecount', { pollId });
    const { channels, countedAt, ...count } = present((await h.ok('committee', 'polls.results', { pollId })).result);
    expect(channels && countedAt).toBeTruthy();
    expect(JSON.stringify(file)).not.toMatch(/h:[0-9a-f]{20}/);
    const again = recount(JSON.parse(JSON.stringify(file)));
    expect(again).toEqual({ ok: true, count });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recount-'));
    writeFileSync(path.join(dir, 'poll.json'), JSON.stringify(file));
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recount.ts', path.join(dir, 'poll.json')], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(count);
    expect(await h.deps.store.count('events', { type: 'poll.ballots_read' })).toBe(1);
  });

  it('recounts an election export to the same elected and tie as the app', async () => {
    const names = ['甲', '乙', '丙', '丁', '戊', '己'];
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'election', title: '业委会换届', seats: 5, candidates: names.map((name) => ({ name, statement: '热心公益' })) });
    const pollId = poll.id;
    await h.ok('committee', 'polls.open', { pollId });
    await h.ok('owner', 'polls.cast', { pollId, choices: ['c1', 'c2', 'c3'] });
    await h.ok(await h.owner('5栋2单元301'), 'polls.cast', { pollId, choices: ['c1', 'c4'] });
    await h.ok(await h.owner('20栋601'), 'polls.cast', { pollId, choices: [] });
    await h.ok('committee', 'polls.close', { pollId });
    const { file } = await h.ok('committee', 'polls.exportRecount', { pollId });
    expect(file).toMatchObject({ kind: 'election', seats: 5, candidates: names });
    const { channels, countedAt, ...count } = present((await h.ok('committee', 'polls.results', { pollId })).result);
    expect(recount(file)).toEqual({ ok: true, count });
    expect(count).toMatchObject({ result: 'no_quorum', elected: [] });
  });

  it('closes polls whose time has come in the timed job, once', async () => {
    const closesAt = new Date(h.clock.now().getTime() + 86_400_000).toISOString();
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'consultation', title: '中心广场跳舞时间', options: ['18:30-20:00', '19:00-20:30'], per: 'resident', closesAt });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    await h.ok('resident', 'polls.cast', { pollId: poll.id, option: 'o2' });
    await h.ok('owner', 'polls.cast', { pollId: poll.id, option: 'o2' });
    expect((await h.call('owner', 'polls.cast', { pollId: poll.id, option: 'o1' })).status).toBe(409);
    expect(await closeDuePolls(h.deps)).toBe(0);
    h.clock.advance(86_400_000);
    expect(await closeDuePolls(h.deps)).toBe(1);
    expect(await closeDuePolls(h.deps)).toBe(0);
    const stored = await h.deps.store.get<PollDoc>('polls', poll.id);
    expect(stored).toMatchObject({ status: 'closed', closedBy: 'system' });
    expect(stored!.result).toMatchObject({ kind: 'consultation', ballots: 2, options: [{ id: 'o1', count: 0 }, { id: 'o2', count: 2 }] });
  });
});

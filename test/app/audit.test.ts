// The audit: per poll, who did what and when (count rounds, joins, entries summed, corrections,
// signatures, the close, exports read, the register printed, ballots changed by holder code and
// never by name or choice); care record reads for the community. Only those roles may read it.
import { pollHarness, type PollHarness } from '../support/pollHarness';
import { countPaper } from '../support/paperCount';

let h: PollHarness;
beforeEach(async () => {
  h = await pollHarness();
});
afterEach(() => h.close());

it("lists who did what in a poll, newest first, without a voter's name or choice", async () => {
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '屋面', item: 5, allowChange: true });
  const pollId = poll.id;
  await h.ok('committee', 'polls.open', { pollId });
  await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' });
  await h.ok('owner', 'polls.cast', { pollId, choice: 'no', change: true });
  await countPaper(h, pollId, [['1栋1单元101', { choice: 'yes' }]]);
  await h.ok('committee', 'polls.close', { pollId });
  await h.ok('committee', 'polls.exportCsv', { pollId });

  const { items } = await h.ok('community', 'audit.poll', { pollId });
  const whats = items.map((i: { what: string }) => i.what);
  for (const what of ['创建表决', '开始投票(冻结名册)', '开始一轮纸质计票', '加入计票', '签字确认计票', '结束纸质计票', '截止投票并计票', '导出选票', '打印/查看纸质选票登记表', '改票', '纸质票计入']) expect(whats).toContain(what);
  // Each counter's entries, summed per round: two rounds × two counters, one ballot each.
  expect(items.filter((i: { what: string }) => i.what === '录入选票 1 张')).toHaveLength(4);
  expect(items.find((i: { what: string }) => i.what === '导出选票')).toMatchObject({ who: '张建国', detail: '逐户投票表第 1 段' });
  const changed = items.find((i: { what: string }) => i.what === '改票')!;
  expect(changed.who).toMatch(/^业主 H[0-9a-f]{12}$/);
  expect(JSON.stringify(items)).not.toMatch(/王秀英|同意|反对|"yes"|"no"/);
  expect(items.map((i: { at: string }) => i.at)).toEqual([...items.map((i: { at: string }) => i.at)].sort().reverse());
});

it('is read only by the committee and the community', async () => {
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '屋面', item: 5 });
  for (const who of ['owner', 'resident', 'staff', 'manager']) expect((await h.call(who, 'audit.poll', { pollId: poll.id })).status).toBe(403);
  expect((await h.call('committee', 'audit.care', {})).status).toBe(403);
  const bad = await h.call('committee', 'audit.poll', {});
  expect([bad.status, (bad.body as { error: { field: string } }).error.field]).toEqual([400, 'pollId']);
});

it('shows the community who read care records', async () => {
  const { careId } = { careId: 'care:test' };
  await h.deps.store.insert('events', { _id: 'ev:1', at: '2026-03-02T09:00:00.000Z', actorId: 'user:demo-community', type: 'care.read', subject: careId, data: { via: 'care.get' } });
  const { items } = await h.ok('community', 'audit.care', {});
  expect(items).toEqual([{ at: '2026-03-02T09:00:00.000Z', who: '何书记', what: '查看关怀记录', record: careId, via: 'care.get' }]);
});

// The roster import asks the committee "same person / different people" before importing, states
// the flats, heads and area the tallies will use (also in the dry run), accepts landlines and two
// phones in a cell, and the poll opened afterwards counts the heads the law gives.
import { demoHarness, type Harness } from '../support/harness';
import { uploadRoster } from '../support/rosterUpload';
import { present, withField } from '../support/narrow';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

const SEVEN = [
  '楼栋,单元,房号,面积,业主姓名,电话',
  '31,1,101,90,武汉侨亚置业有限公司,02780000001',
  '31,1,102,90.5,武汉侨亚置业有限公司,13800000001',
  '31,1,103,90,武汉侨亚置业有限公司,',
  '31,1,201,90,张三,13912345678 / 027-8000-0002',
  '31,1,202,90,张三,',
  '31,1,301,90,李四,',
  '31,1,302,90,李四,8000 0003',
].join('\n');
/** The file as the screen sends it: uploaded to storage, then its id. */
const file = async () => ({ fileName: '31栋.csv', fileId: await uploadRoster(h, SEVEN) });

it('shows the namesakes and the figures the tallies will use in the dry run, phones masked', async () => {
  const dry = withField(await h.ok('committee', 'roster.import', { ...(await file()), dryRun: true }), 'questions');
  expect(dry.tally).toEqual({ flats: 7, heads: 5, area: '630.50', organisations: { heads: 1, flats: 3 }, undecided: 2 });
  expect(dry.questions.map((q) => [q.name, q.apart])).toEqual([
    ['张三', 2],
    ['李四', 2],
  ]);
  expect(dry.questions[0].rows).toEqual([
    { line: 5, label: '31栋1单元201', phones: ['139****5678', '027****0002'] },
    { line: 6, label: '31栋1单元202', phones: [] },
  ]);
  expect(JSON.stringify(dry)).not.toContain('13912345678');
  expect(await h.deps.store.get('units', 'u:31栋-1单元-101')).toBeNull();
});

it('refuses to import before every question is answered, naming the field, and imports nothing', async () => {
  const refused = await h.call('committee', 'roster.import', { ...(await file()), decisions: { 张三: 'same' } });
  expect(refused.status).toBe(400);
  expect(refused.body.ok || refused.body.error).toMatchObject({ field: 'decisions', message: expect.stringContaining('李四') });
  expect(await h.deps.store.get('units', 'u:31栋-1单元-101')).toBeNull();
  const bad = await h.call('committee', 'roster.import', { ...(await file()), decisions: { 张三: 'maybe' } });
  expect(bad.status).toBe(400);
  expect(bad.body.ok || bad.body.error.field).toBe('decisions.张三');
});

it('imports the heads the law gives, and a poll opened afterwards counts them', async () => {
  const before = await h.ok('committee', 'polls.create', { kind: 'decision', title: '前', item: 5 });
  await h.ok('committee', 'polls.open', { pollId: before.poll.id });
  const was = present((await h.ok('committee', 'polls.get', { pollId: before.poll.id })).poll.roster);
  const done = await h.ok('committee', 'roster.import', { ...(await file()), decisions: { 张三: 'same', 李四: 'different' } });
  expect(done).toMatchObject({ imported: 7, holders: 4, tally: { flats: 7, heads: 4, area: '630.50', undecided: 0 } });
  const after = await h.ok('committee', 'polls.create', { kind: 'decision', title: '后', item: 5 });
  await h.ok('committee', 'polls.open', { pollId: after.poll.id });
  const now = present((await h.ok('committee', 'polls.get', { pollId: after.poll.id })).poll.roster);
  expect([now.units - was.units, now.holders - was.holders]).toEqual([7, 4]);
});

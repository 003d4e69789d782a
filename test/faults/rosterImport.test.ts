// A demo-sized roster import on the emulated store at 15 ms a call: it goes in several calls under
// the api function's timeout, each answering how far it got, and the roster appears whole or not at
// all; the same import sent again after it finished answers as it did. And cut at every write of
// a small import, the roster is all or nothing once the committee sends it again.
import { CLOUD_LIMITS } from '../../server/cloud/limits';
import { MAX_IMPORT_UNITS } from '../../server/app/people/rosterStaging';
import { cutEverywhere, reports } from './suite';
import { fork, host, seedWorld } from './world';

const START = '2026-03-02T09:00:00.000Z';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const csvOf = (units: number, people: number) =>
  '楼栋,单元,房号,面积,业主姓名,电话\r\n' + Array.from({ length: units }, (_, i) => `${31 + Math.floor(i / 100)},1,${1000 + i},88.5,业主${i % people},1390000${String(i % people).padStart(4, '0')}`).join('\r\n') + '\r\n';

let world: { file: string; data: null };
beforeAll(async () => {
  world = await seedWorld({ startIso: START }, async () => null);
});

const unitCount = async (h: ReturnType<typeof host>) => h.deps.store.count('units', {});

it('imports 600 units in several calls under the timeout, all appearing at once', async () => {
  const h = host(fork(world.file), START, 'emulated', { latencyMs: 15, jitterMs: 0 });
  const before = await unitCount(h);
  const input = { fileName: '大名册.csv', fileBase64: b64(csvOf(600, 560)), opId: 'import-op-0001' };
  const elapsed: number[] = [];
  const progress: number[] = [];
  let data: { status: string; progress?: { done: number; total: number }; imported: number } = { status: 'importing', imported: 0 };
  while (data.status === 'importing' && elapsed.length < 10) {
    const { outcome, inv } = await h.cutCall('committee', 'roster.import', input);
    expect(outcome.status).toBe(200);
    elapsed.push(inv.elapsedMs);
    data = (outcome.body as { data: typeof data }).data;
    if (data.status === 'importing') {
      progress.push(data.progress!.done);
      expect(await unitCount(h)).toBe(before); // nothing visible until the switch
    }
  }
  expect(data).toMatchObject({ status: 'done', imported: 600 });
  expect(progress.length).toBeGreaterThan(0);
  expect(progress[progress.length - 1]).toBeLessThanOrEqual(600);
  expect(Math.max(...elapsed)).toBeLessThan(CLOUD_LIMITS.apiTimeoutMs);
  expect(await unitCount(h)).toBe(before + 600);
  // Sent again after it finished (its answer lost): the same answer, nothing imported twice.
  const again = await h.ok('committee', 'roster.import', input);
  expect(again).toMatchObject({ status: 'done', imported: 600 });
  expect(await unitCount(h)).toBe(before + 600);
  await h.close();
});

it('refuses a file bigger than one switch can hold, naming the field, importing nothing', async () => {
  const h = host(fork(world.file), START);
  const before = await unitCount(h);
  const refused = await h.call('committee', 'roster.import', { fileName: '太大.csv', fileBase64: b64(csvOf(MAX_IMPORT_UNITS + 1, 50)), opId: 'import-op-0003' });
  expect([refused.status, (refused.body as { error: { field: string; message: string } }).error.field]).toEqual([400, 'fileBase64']);
  expect((refused.body as { error: { message: string } }).error.message).toContain('请按楼栋分成几个文件');
  expect(await unitCount(h)).toBe(before);
  await h.close();
});

it('cut at every write of an import, the roster is all or nothing once it is sent again', async () => {
  const csv = csvOf(12, 5);
  const input = { fileName: '名册.csv', fileBase64: b64(csv), opId: 'import-op-0002' };
  let before = 0;
  const report = await cutEverywhere({
    name: 'roster.import',
    file: world.file,
    startIso: START,
    before: async (h) => void (before = await unitCount(h)),
    call: { who: 'committee', action: 'roster.import', input },
    async recover(h) {
      // The same file and operation id until it says done.
      for (let i = 0; i < 5; i++) if ((await h.call('committee', 'roster.import', input)).body.ok) break;
    },
    always: [
      {
        name: 'allOrNothingAtEveryMoment',
        async check(h) {
          const n = (await unitCount(h)) - before;
          return n === 0 || n === 12 ? [] : [`${n} of 12 units visible`];
        },
      },
    ],
    invariants: [
      {
        name: 'importedOnceWhole',
        async check(h) {
          const n = (await unitCount(h)) - before;
          const events = await h.deps.store.find('events', { where: { type: 'roster.imported' }, limit: 100 });
          const mine = events.filter((e) => (e as { data?: { fileName?: string } }).data?.fileName === '名册.csv');
          return [...(n === 12 ? [] : [`${n} of 12 units imported after the retry`]), ...(mine.length === 1 ? [] : [`${mine.length} import events`])];
        },
      },
    ],
  });
  reports.push(report);
  expect(report.failures).toEqual([]);
});

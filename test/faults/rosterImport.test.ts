// Roster imports of any size on the emulated store, the file in cloud storage and only its id in
// the call: a 2,000-flat roster (CSV and .xlsx) goes in several calls under the api function's
// timeout, each answering how far it got, and the live roster (what compound.buildings and a poll's
// frozen roster read) is the whole old one until the switch and the whole new one after; a second
// import meanwhile answers 409; the jobs finish an import nobody pressed on; a file gone mid-way
// leaves the old roster and lets the next import in. And cut at every write of an import (one
// chunk, and several chunks), the live roster is all old or all new at every moment, and the same
// call sent again (or the jobs) finishes it.
import writeXlsxFile from 'write-excel-file/node';
import type { Ctx } from '../../server/app/context';
import { refuseOverLimit } from '../../server/app/payload';
import { currentRoster } from '../../server/app/polls/helpers/roster';
import type { RosterImportDoc } from '../../server/app/people/helpers/rosterStaging';
import { rosterMeta } from '../../server/app/people/helpers/rosterVersion';
import { CLOUD_LIMITS } from '../../server/cloud/limits';
import { CALL_PAYLOAD_MAX } from '../../src/domain/photos';
import { uploadRoster } from '../support/rosterUpload';
import { cutEverywhere, reports, type Scenario } from './suite';
import { fork, host, seedWorld, type Host } from './world';

const START = '2026-03-02T09:00:00.000Z';
const HEADER = ['楼栋', '单元', '房号', '面积', '业主姓名', '电话'];
/** `units` flats of `people` owners in new buildings of 100 flats each (31栋, 32栋, …). */
const rowsOf = (units: number, people: number) =>
  Array.from({ length: units }, (_, i) => [String(31 + Math.floor(i / 100)), '1', String(1000 + i), '88.5', `业主${i % people}号`, `1390000${String(i % people).padStart(4, '0')}`]);
const csvOf = (units: number, people: number) => [HEADER, ...rowsOf(units, people)].map((r) => r.join(',')).join('\r\n') + '\r\n';
async function xlsxOf(units: number, people: number): Promise<Uint8Array> {
  const data = [HEADER, ...rowsOf(units, people)].map((r) => r.map((value) => ({ value, type: String })));
  return new Uint8Array(await writeXlsxFile(data, {}).toBuffer());
}

let world: { file: string; data: null };
beforeAll(async () => {
  world = await seedWorld({ startIso: START }, async () => null);
});

const ctxOf = (h: Host): Ctx => ({ ...h.deps, caller: null });
/** The live roster as every reader sees it: the units a poll opened now would freeze. */
const liveUnits = async (h: Host) => (await currentRoster(ctxOf(h))).units.length;
const visibleBuildings = async (h: Host) => ((await h.ok('committee', 'compound.buildings')) as { buildings: unknown[] }).buildings.length;

type Answer = { status: string; progress?: { done: number; total: number }; imported: number };

/** Presses as the screen does, checking between presses that nothing of the new roster shows. */
async function pressUntilDone(h: Host, input: Record<string, unknown>, before: { units: number; buildings: number }) {
  const elapsed: number[] = [];
  const progress: number[] = [];
  let data: Answer = { status: 'importing', imported: 0 };
  while (data.status === 'importing' && elapsed.length < 40) {
    const { outcome, inv } = await h.cutCall('committee', 'roster.import', input);
    expect([outcome.status, outcome.body.ok || outcome.body.error]).toEqual([200, true]);
    elapsed.push(inv.elapsedMs);
    data = (outcome.body as { data: Answer }).data;
    if (data.status === 'importing') {
      progress.push(data.progress!.done);
      expect([await liveUnits(h), await visibleBuildings(h)]).toEqual([before.units, before.buildings]);
    }
  }
  return { data, elapsed, progress };
}

describe.each([
  ['CSV', '大名册.csv', async () => new Uint8Array(Buffer.from(csvOf(2000, 1900)))],
  ['.xlsx', '大名册.xlsx', () => xlsxOf(2000, 1900)],
])('a 2,000-flat roster as %s', (_kind, fileName, bytesOf) => {
  it('travels by storage id, goes in several calls under the timeout, and switches on whole', async () => {
    const h = host(fork(world.file), START, 'emulated', { latencyMs: 15, jitterMs: 0 });
    const bytes = await bytesOf();
    const before = { units: await liveUnits(h), buildings: await visibleBuildings(h) };
    const input = { fileName, fileId: await uploadRoster(h, bytes), opId: `import-big-${fileName.endsWith(".csv") ? "csv" : "xlsx"}` };
    // No roster bytes in the call: the payload is the id, far under callFunction's limit, while the
    // file itself (as the old base64 field) would not have fitted.
    expect(refuseOverLimit(input)).toBeNull();
    expect(JSON.stringify(input).length).toBeLessThan(300);
    if (fileName.endsWith('.csv')) expect(Math.ceil((bytes.length * 4) / 3)).toBeGreaterThan(CALL_PAYLOAD_MAX);
    const { data, elapsed, progress } = await pressUntilDone(h, input, before);
    expect(data).toMatchObject({ status: 'done', imported: 2000 });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(Math.max(...elapsed)).toBeLessThan(CLOUD_LIMITS.apiTimeoutMs);
    expect([await liveUnits(h), await visibleBuildings(h)]).toEqual([before.units + 2000, before.buildings + 20]);
    expect((await rosterMeta(h.deps)).importing).toBeNull();
    // Sent again after it finished (its answer lost): the same answer, nothing imported twice.
    expect(await h.ok('committee', 'roster.import', input)).toMatchObject({ status: 'done', imported: 2000 });
    expect(await liveUnits(h)).toBe(before.units + 2000);
    await h.close();
  });
});

it('answers a second import while one is under way with 409 and how far the first got, and the jobs finish the first', async () => {
  const h = host(fork(world.file), START);
  const first = { fileName: '一期.csv', fileId: await uploadRoster(h, csvOf(2000, 1500)), opId: 'import-first-01' };
  const started = await h.ok<Answer>('committee', 'roster.import', first);
  expect(started.status).toBe('importing');
  const second = await h.call('committee', 'roster.import', { fileName: '二期.csv', fileId: await uploadRoster(h, '楼栋,单元,房号,面积,业主姓名,电话\n90,1,101,80,甲,\n'), opId: 'import-second-1' });
  expect(second.status).toBe(409);
  expect(second.body.ok || second.body.error.message).toMatch(/另一份名册正在导入\(一期\.csv,已导入 \d+\/2000 户\)/);
  // Nobody presses again: the timer's jobs take it to the end.
  for (let i = 0; i < 10 && (await rosterMeta(h.deps)).importing; i++) await h.jobs();
  const job = await h.deps.store.get<RosterImportDoc>('rosterImports', 'rosterImport:import-first-01');
  expect(job?.status).toBe('done');
  expect(await h.deps.store.count('units', { buildingId: { $in: Array.from({ length: 20 }, (_, i) => `b:${31 + i}栋`) } })).toBe(2000);
  // Now the second goes in.
  expect(await h.ok('committee', 'roster.import', { fileName: '二期.csv', fileId: await uploadRoster(h, '楼栋,单元,房号,面积,业主姓名,电话\n90,1,101,80,甲,\n'), opId: 'import-second-2' })).toMatchObject({ status: 'done', imported: 1 });
  await h.close();
});

it('when the file is gone mid-way, keeps the old roster whole, removes what was staged and lets the next import in', async () => {
  const h = host(fork(world.file), START);
  const before = await liveUnits(h);
  const fileId = await uploadRoster(h, csvOf(1500, 1500));
  const input = { fileName: '丢失.csv', fileId, opId: 'import-lost-001' };
  expect((await h.ok<Answer>('committee', 'roster.import', input)).status).toBe('importing');
  await h.deps.files.remove(fileId);
  const refused = await h.call('committee', 'roster.import', input);
  expect([refused.status, refused.body.ok || refused.body.error.field]).toEqual([400, 'fileId']);
  for (let i = 0; i < 20 && (await rosterMeta(h.deps)).importing; i++) await h.jobs();
  expect((await rosterMeta(h.deps)).importing).toBeNull();
  expect(await liveUnits(h)).toBe(before);
  expect(await h.deps.store.count('units', { buildingId: 'b:31栋' })).toBe(0);
  expect(await h.deps.store.get('buildings', 'b:31栋')).toBeNull();
  await h.close();
});

/** Cut at every write of an import of `units` flats; recovered by the same call again, or by the jobs alone. */
function scenario(name: string, units: number, recoverBy: 'caller' | 'jobs'): Scenario {
  const input = { fileName: `${name}.csv`, fileId: '', opId: `import-${name}` };
  let before = 0;
  return {
    name: `roster.import (${units} flats, ${recoverBy === 'caller' ? 'sent again' : 'the jobs finish it'})`,
    file: world.file,
    startIso: START,
    async before(h) {
      before = await liveUnits(h);
      // The worlds share one files folder: the upload is there for every fork.
      input.fileId ||= await uploadRoster(h, csvOf(units, Math.ceil(units / 2)));
    },
    call: { who: 'committee', action: 'roster.import', input },
    async recover(h) {
      for (let i = 0; i < 20; i++) {
        if (recoverBy === 'caller') {
          const o = await h.call('committee', 'roster.import', input);
          if (o.body.ok && (o.body.data as Answer).status === 'done') break;
        } else {
          // Cut before the job was written: the caller saw an error and sends it again; after that, only the jobs.
          if (!(await h.deps.store.get('rosterImports', `rosterImport:${input.opId}`))) await h.call('committee', 'roster.import', input);
          if ((await rosterMeta(h.deps)).importing) await h.jobs();
        }
      }
    },
    always: [
      {
        name: 'liveRosterAllOldOrAllNew',
        async check(h) {
          const n = (await liveUnits(h)) - before;
          return n === 0 || n === units ? [] : [`${n} of ${units} units live`];
        },
      },
    ],
    invariants: [
      {
        name: 'importedOnceWhole',
        async check(h) {
          const n = (await liveUnits(h)) - before;
          const events = await h.deps.store.find('events', { where: { type: 'roster.imported' }, limit: 100 });
          const mine = events.filter((e) => (e as { data?: { fileName?: string } }).data?.fileName === input.fileName);
          const meta = await rosterMeta(h.deps);
          return [
            ...(n === units ? [] : [`${n} of ${units} units live after the recovery`]),
            ...(mine.length === 1 ? [] : [`${mine.length} import events`]),
            ...(meta.importing ? [`the lock is still held by ${meta.importing}`] : []),
          ];
        },
      },
    ],
  };
}

it.each([
  ['small', 12, 'caller'],
  ['small-jobs', 12, 'jobs'],
  ['chunks', 150, 'caller'],
] as const)('cut at every write of an import (%s), the live roster is all or nothing and the recovery finishes it', async (name, units, by) => {
  const report = await cutEverywhere(scenario(name, units, by));
  reports.push(report);
  expect(report.failures).toEqual([]);
});

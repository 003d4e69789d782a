// An .xlsx roster goes through the same checks as a CSV: the same rows imported, the same
// line-by-line errors (Excel's row numbers), and a clear refusal of a file that is not .xlsx.
import writeXlsxFile from 'write-excel-file/node';
import type { UnitDoc } from '../../server/app/model';
import { demoHarness, type Harness } from '../support/harness';
import { uploadRoster } from '../support/rosterUpload';
import { xlsxRosterText } from '../../server/app/people/helpers/rosterXlsx';

let h: Harness;
beforeAll(async () => {
  h = await demoHarness();
});
afterAll(() => h.close());

type Cell = string | number | null;
const HEADER: Cell[] = ['楼栋', '单元', '房号', '面积', '业主姓名', '电话'];
async function xlsx(rows: Cell[][]): Promise<Uint8Array> {
  const data = rows.map((r) => r.map((v) => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String })));
  return new Uint8Array(await writeXlsxFile(data, {}).toBuffer());
}
// The same rows as CSV; a line break in a cell reads as a space, as the .xlsx decoder reads it.
const csv = (rows: Cell[][]) => Buffer.from(rows.map((r) => r.map((v) => (v === null ? '' : String(v).replace(/\n/g, ' '))).join(',')).join('\r\n'));

it('imports an Excel roster with numbers typed as numbers, a title row and a blank phone, like its CSV', async () => {
  const rows: Cell[][] = [['侨亚小区 31 栋业主名册'], HEADER, [31, 1, 101, 89.5, '赵大勇', 13812345678], [31, 1, 102, '102.30', '赵大勇', '13812345678'], [31, 2, 101, 76, '钱小红', null]];
  const dry = await h.ok('committee', 'roster.import', { fileName: '名册.xlsx', fileId: await uploadRoster(h, await xlsx(rows)), dryRun: true });
  const asCsv = await h.ok('committee', 'roster.import', { fileName: '名册.csv', fileId: await uploadRoster(h, csv(rows)), dryRun: true });
  expect(dry).toEqual(asCsv);
  const result = await h.ok('committee', 'roster.import', { fileName: '名册.xlsx', fileId: await uploadRoster(h, await xlsx(rows)) });
  expect(result).toMatchObject({ imported: 3, buildings: 1, holders: 2 });
  expect(await h.deps.store.get<UnitDoc>('units', 'u:31栋-1单元-101')).toMatchObject({ label: '31栋1单元101', areaCenti: 8950 });
  expect(await h.deps.store.get<UnitDoc>('units', 'u:31栋-1单元-102')).toMatchObject({ areaCenti: 10230 });
});

it('names the same bad lines as the CSV would, by Excel row number, and imports nothing', async () => {
  const rows: Cell[][] = [HEADER, [33, 1, 101, 89.5, '甲', null], [33, 1, 101, 90, '乙', null], [33, 1, 102, null, '丙', null], [33, 1, 103, '八十', '丁\n（代）', null]];
  const fromXlsx = await h.call('committee', 'roster.import', { fileName: 'bad.xlsx', fileId: await uploadRoster(h, await xlsx(rows)) });
  const fromCsv = await h.call('committee', 'roster.import', { fileName: 'bad.csv', fileId: await uploadRoster(h, csv(rows)) });
  expect(fromXlsx.status).toBe(400);
  if (fromXlsx.body.ok || fromCsv.body.ok) throw new Error('expected refusals');
  const lines = (o: typeof fromXlsx) => (o.body.ok ? [] : (o.body.error.details as { errors: Array<{ line: number; reason: string }> }).errors);
  expect(lines(fromXlsx).map((e) => e.line)).toEqual([3, 4, 5]);
  expect(lines(fromXlsx)).toEqual(lines(fromCsv));
  expect(await h.deps.store.count('units', { buildingId: 'b:33栋' })).toBe(0);
});

it('refuses a damaged Excel file with a message naming the file field', async () => {
  const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('不是一个真正的表格')]);
  const outcome = await h.call('committee', 'roster.import', { fileName: '坏的.xlsx', fileId: await uploadRoster(h, broken) });
  expect(outcome.status).toBe(400);
  expect(outcome.body.ok || outcome.body.error).toMatchObject({ field: 'fileId', message: expect.stringContaining('Excel') });
});

it('reads exactly the bytes it is given, also from a Buffer that is a view into a larger memory block', async () => {
  // Node hands out small Buffers as views into one shared pool: here a valid roster sits at the
  // block's start and the damaged file after it. Reading the whole block read the other roster.
  const other = await xlsx([HEADER, [35, 1, 101, 80, '别人的名册', null]]);
  const broken = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('不是一个真正的表格')]);
  const block = new Uint8Array(other.length + broken.length);
  block.set(other, 0);
  block.set(broken, other.length);
  const view = Buffer.from(block.buffer, other.length, broken.length);
  await expect(xlsxRosterText(view)).rejects.toThrow('Excel');
  // And the view onto the valid one reads that one, by its own bytes.
  expect(await xlsxRosterText(Buffer.from(block.buffer, 0, other.length))).toContain('别人的名册');
});

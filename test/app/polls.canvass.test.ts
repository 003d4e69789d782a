// The canvassing list on the demo compound: one building's flats not yet voted, by floor, with the
// owner's name and a masked phone, a "visited" tick, committee only, every read logged.
import { errorOf, pollHarness, type PollHarness } from '../support/pollHarness';
import readXlsx from 'read-excel-file/universal';
import { byFloor, floorOf } from '../../src/domain/canvass';
import type { Input } from '../support/actionTypes';

let h: PollHarness;
let pollId: string;
beforeAll(async () => {
  h = await pollHarness();
  const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '加装电梯', item: 7 });
  pollId = poll.id;
  await h.ok('committee', 'polls.open', { pollId });
  await h.ok('owner', 'polls.cast', { pollId, choice: 'yes' });
});
afterAll(() => h.close());

type Item = { unitId: string; label: string; floor: number | null; owner: string; phone: string; visited: { byName: string; at: string; note: string } | null };

async function wholeBuilding(buildingId: string): Promise<{ items: Item[]; calls: number }> {
  let items: Item[] = [];
  let skip = 0;
  let calls = 0;
  for (;;) {
    const page = await h.ok('committee', 'polls.canvass', { pollId, buildingId, ...(skip ? { skip } : {}) });
    calls++;
    items = items.concat(page.items);
    if (!page.hasMore) return { items, calls };
    skip = page.nextSkip;
  }
}

it('reads the floor from the room number', () => {
  expect([floorOf('19栋301'), floorOf('3栋2单元1202'), floorOf('商铺A'), floorOf('5栋12')]).toEqual([3, 12, null, null]);
  const groups = byFloor([{ floor: 3 }, { floor: null }, { floor: 1 }, { floor: 3 }]);
  expect(groups.map((g) => [g.floor, g.items.length])).toEqual([[1, 1], [3, 2], [null, 1]]);
});

it("lists building 19's flats not yet voted, with owners' names and masked phones, without 王秀英's flat", async () => {
  const { items } = await wholeBuilding('b:19栋');
  expect(items).toHaveLength(23);
  expect(items.map((i) => i.label)).not.toContain('19栋301');
  for (const item of items) {
    expect(item.owner).not.toBe('');
    expect(item.floor).toBe(floorOf(item.label));
    if (item.phone) expect(item.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  }
  const holders = await h.deps.store.find<{ _id: string; phone: string | null }>('holders', { limit: 100 });
  for (const phone of holders.map((x) => x.phone).filter(Boolean)) expect(JSON.stringify(items)).not.toContain(phone);
});

it('pages a large building 100 flats a call and covers every building of the roster exactly once', async () => {
  const first = await h.ok('committee', 'polls.canvass', { pollId });
  let total = 0;
  for (const b of first.buildings as Array<{ id: string }>) total += (await wholeBuilding(b.id)).items.length;
  expect(total).toBe(607);
});

it('keeps a visited tick with who and when, and takes it back', async () => {
  const [door] = (await wholeBuilding('b:19栋')).items;
  const ticked = await h.ok('committee', 'polls.canvass.visit', { pollId, unitId: door.unitId, visited: true, note: '不在家,留了纸条' });
  expect(ticked.visited).toMatchObject({ byName: '张建国', note: '不在家,留了纸条' });
  expect((await wholeBuilding('b:19栋')).items.find((i) => i.unitId === door.unitId)!.visited).toMatchObject({ byName: '张建国', note: '不在家,留了纸条' });
  await h.ok('committee', 'polls.canvass.visit', { pollId, unitId: door.unitId, visited: false });
  expect((await wholeBuilding('b:19栋')).items.find((i) => i.unitId === door.unitId)!.visited).toBeNull();
});

it('refuses owners, an unknown building or flat, and logs each read of the names', async () => {
  expect((await h.call('owner', 'polls.canvass', { pollId })).status).toBe(403);
  expect((await h.call('owner', 'polls.canvass.visit', { pollId, unitId: 'u:19栋--301', visited: true })).status).toBe(403);
  const bad = await h.call('committee', 'polls.canvass', { pollId, buildingId: 'b:99栋' });
  expect([bad.status, errorOf(bad).field]).toEqual([400, 'buildingId']);
  const nowhere = await h.call('committee', 'polls.canvass.visit', { pollId, unitId: 'u:19栋--9901', visited: true });
  expect([nowhere.status, errorOf(nowhere).field]).toEqual([400, 'unitId']);
  const before = await h.deps.store.count('events', { type: 'poll.canvass_read' });
  await h.ok('committee', 'polls.canvass', { pollId, buildingId: 'b:3栋' });
  expect(await h.deps.store.count('events', { type: 'poll.canvass_read' })).toBe(before + 1);
});

describe('the canvassing list as a file', () => {
  const fileOf = async (input: Omit<Input<'polls.canvassExport'>, 'pollId'>) => (await h.ok('committee', 'polls.canvassExport', { pollId, ...input })).file;

  it("exports building 19 as CSV with a BOM, one row per flat listed, phones masked and the visit in China time", async () => {
    const { items } = await wholeBuilding('b:19栋');
    await h.ok('committee', 'polls.canvass.visit', { pollId, unitId: items[0].unitId, visited: true, note: '下午再来' });
    const file = await fileOf({ buildingId: 'b:19栋', format: 'csv' });
    expect(file.fileName).toBe('加装电梯-上门动员名单-19栋.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF楼栋,楼层,房屋,业主,电话(部分隐藏),已上门,上门人,上门时间(北京时间),备注\r\n')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n').slice(1).map((l) => l.split(','));
    expect([lines.length, file.rows]).toEqual([items.length, items.length]);
    expect(lines.map((l) => l[2])).toEqual(items.map((i) => i.label));
    expect(lines.map((l) => l[4])).toEqual(items.map((i) => i.phone));
    for (const l of lines) expect(l[4]).toMatch(/^(\d{3}\*{4}\d{4})?$/);
    expect(lines[0].slice(5)).toEqual(['是', '张建国', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/), '下午再来']);
    // China time: eight hours ahead of the stored UTC moment.
    const visit = (await wholeBuilding('b:19栋')).items[0].visited!;
    expect(lines[0][7]).toBe(new Date(Date.parse(visit.at) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' '));
    await h.ok('committee', 'polls.canvass.visit', { pollId, unitId: items[0].unitId, visited: false });
  });

  it('exports every building as .xlsx: as many rows as the lists of all buildings, no full phone number', async () => {
    const file = await fileOf({ format: 'xlsx' });
    expect(file.fileName).toBe('加装电梯-上门动员名单-全部楼栋.xlsx');
    const bytes = Buffer.from(file.base64, 'base64');
    const [{ data }] = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
    expect(data).toHaveLength(1 + 607);
    expect(file.rows).toBe(607);
    expect(data.map((r) => r[2])).not.toContain('19栋301');
    const holders = await h.deps.store.find<{ _id: string; phone: string | null }>('holders', { limit: 100 });
    const cells = JSON.stringify(data);
    for (const phone of holders.map((x) => x.phone).filter(Boolean)) expect(cells).not.toContain(phone);
  });

  it('refuses owners, an unknown building and a format it does not make, and logs each export', async () => {
    expect((await h.call('owner', 'polls.canvassExport', { pollId, format: 'csv' })).status).toBe(403);
    const bad = await h.call('committee', 'polls.canvassExport', { pollId, buildingId: 'b:99栋', format: 'csv' });
    expect([bad.status, errorOf(bad).field]).toEqual([400, 'buildingId']);
    const pdf = await h.call('committee', 'polls.canvassExport', { pollId, format: 'pdf' });
    expect([pdf.status, errorOf(pdf).field]).toEqual([400, 'format']);
    const before = await h.deps.store.count('events', { type: 'poll.canvass_read' });
    await fileOf({ buildingId: 'b:3栋', format: 'xlsx' });
    expect(await h.deps.store.count('events', { type: 'poll.canvass_read' })).toBe(before + 1);
  });
});

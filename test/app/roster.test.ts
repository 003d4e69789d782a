import type { BuildingDoc, UnitDoc } from '../../server/app/model';
import { demoHarness, type Harness } from '../support/harness';
import { uploadRoster } from '../support/rosterUpload';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

// "楼栋,单元,房号,面积,业主姓名,电话" followed by one row, as Excel on a Chinese Windows saves it.
const GBK_HEADER = [0xc2, 0xa5, 0xb6, 0xb0, 0x2c, 0xb5, 0xa5, 0xd4, 0xaa, 0x2c, 0xb7, 0xbf, 0xba, 0xc5, 0x2c, 0xc3, 0xe6, 0xbb, 0xfd, 0x2c, 0xd2, 0xb5, 0xd6, 0xf7, 0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0];

describe('roster import', () => {
  it('imports a UTF-8 roster with a BOM, full-width digits and ㎡ areas, all or nothing', async () => {
    const csv = '\uFEFF楼栋,单元,房号,面积,业主姓名,电话\r\n21,1,101,"89.5㎡",赵大勇,138 1234 5678\r\n21,1,102,１０２．３０,赵大勇,13812345678\r\n21,2,101, 76 ,钱小红,\r\n';
    const result = await h.ok('committee', 'roster.import', { fileName: '名册.csv', fileId: await uploadRoster(h, csv) });
    expect(result).toMatchObject({ imported: 3, buildings: 1, holders: 2 });
    const unit = await h.deps.store.get<UnitDoc>('units', 'u:21栋-1单元-101');
    expect(unit).toMatchObject({ label: '21栋1单元101', areaCenti: 8950 });
    const twin = await h.deps.store.get<UnitDoc>('units', 'u:21栋-1单元-102');
    expect(twin).toMatchObject({ holderId: unit!.holderId, areaCenti: 10230 });
    const building = await h.deps.store.get<BuildingDoc>('buildings', 'b:21栋');
    expect(building?.unitCount).toBe(3);
    const events = await h.deps.store.find('events', { where: { type: 'roster.imported' } });
    expect(events).toHaveLength(1);
  });

  it('reads a GBK file saved by Excel', async () => {
    const body = new Uint8Array([...GBK_HEADER, 0x0d, 0x0a, ...Buffer.from('22,1,101,88.00,Li Hua,13900001111\r\n')]);
    const result = await h.ok('committee', 'roster.import', { fileName: 'gbk.csv', fileId: await uploadRoster(h, body) });
    expect(result.imported).toBe(1);
    expect(await h.deps.store.get('units', 'u:22栋-1单元-101')).not.toBeNull();
  });

  it('reports every bad line with its number and imports nothing', async () => {
    const csv = '楼栋,单元,房号,面积,业主姓名,电话\n23,1,101,89.5,甲,\n23,1,101,90,乙,\n23,1,102,,丙,\n23,1,103,八十,丁,\n';
    const outcome = await h.call('committee', 'roster.import', { fileName: 'bad.csv', fileId: await uploadRoster(h, csv) });
    expect(outcome.status).toBe(400);
    if (outcome.body.ok) throw new Error('expected a refusal');
    expect(outcome.body.error.field).toBe('fileId');
    const errors = (outcome.body.error.details as { errors: Array<{ line: number; reason: string }> }).errors;
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(errors[0].reason).toContain('重复');
    expect(await h.deps.store.count('units', { buildingId: 'b:23栋' })).toBe(0);
    expect(await h.deps.store.get('buildings', 'b:23栋')).toBeNull();
  });

  it('refuses rooms already in the roster, naming them, and writes nothing', async () => {
    const csv = '楼栋,单元,房号,面积,业主姓名,电话\n24,1,101,80,甲,\n19,,301,64.8,王秀英,13871230419\n';
    const outcome = await h.call('committee', 'roster.import', { fileName: 'again.csv', fileId: await uploadRoster(h, csv) });
    expect(outcome.status).toBe(400);
    expect(JSON.stringify(outcome.body)).toContain('19栋301');
    expect(await h.deps.store.get('units', 'u:24栋-1单元-101')).toBeNull();
  });

  it('checks without writing on a dry run', async () => {
    const csv = '楼栋,单元,房号,面积,业主姓名,电话\n25,1,101,80,甲,\n';
    const result = await h.ok('committee', 'roster.import', { fileName: 'dry.csv', fileId: await uploadRoster(h, csv), dryRun: true });
    expect(result).toMatchObject({ imported: 1, dryRun: true });
    expect(await h.deps.store.get('units', 'u:25栋-1单元-101')).toBeNull();
  });

  it('refuses a file id from someone else, a photo, bytes that are neither .xlsx nor text, and an empty roster', async () => {
    const csv = '楼栋,单元,房号,面积,业主姓名,电话\n26,1,101,80,甲,\n';
    const theirs = await h.call('committee', 'roster.import', { fileName: 'x.csv', fileId: await uploadRoster(h, csv, 'owner') });
    const photo = await h.deps.files.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg', { openid: 'demo-committee' });
    const binary = await h.call('committee', 'roster.import', { fileName: 'x.csv', fileId: await uploadRoster(h, new Uint8Array([1, 0, 2, 0, 3])) });
    const empty = await h.call('committee', 'roster.import', { fileName: 'x.csv', fileId: await uploadRoster(h, '楼栋,单元,房号,面积,业主姓名,电话\n') });
    const notOurs = await h.call('committee', 'roster.import', { fileName: 'x.csv', fileId: photo });
    for (const refused of [theirs, binary, empty, notOurs]) {
      expect(refused.status).toBe(400);
      expect(refused.body.ok || refused.body.error.field).toBe('fileId');
    }
    expect(JSON.stringify(binary.body)).toContain('.xlsx');
    expect(await h.deps.store.get('units', 'u:26栋-1单元-101')).toBeNull();
  });
});

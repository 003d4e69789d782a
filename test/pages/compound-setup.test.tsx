// 开通小区 and 小区设置: what the forms send, a refusal shown under the field it names with what
// was typed kept, the resend of one tap carrying the same operation id, and the empty states.
import { fireEvent, screen } from '@testing-library/react';
import CompoundNewPage from '../../src/packages/people/compound-new/index';
import CompoundSettingsPage from '../../src/packages/people/compound-settings/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const options = {
  communities: [{ id: 'community:xuguang', name: '旭光社区', streetName: '阳逻街道' }],
  companies: [{ id: 'company:huayu', name: '华宇物业' }],
  defaults: { teams: ['爱心服务队', '保洁服务队'], sla: { acceptHours: 24, firstActionHours: 72 }, maxFlats: 300 },
};

const settings = {
  compound: { id: 'c-new', name: '新城家园' },
  commonPlaces: ['小区大门', '停车场'],
  buildings: [
    { id: 'b:A座', name: 'A座', places: ['楼道', '楼顶'] },
    { id: 'b:B座', name: 'B座', places: ['楼道'] },
  ],
  sla: { acceptHours: 24, firstActionHours: 72 },
  slaIsDefault: true,
  careTeamId: 'team:care',
  teams: [{ id: 'team:care', name: '爱心服务队', leaderId: 'user:a', people: [{ id: 'user:a', name: '系统管理员' }] }],
  templates: [{ kind: 'issue.status', field: 'note', title: '报事进度通知', label: '备注', defaultText: '无', text: '' }],
  limits: { slaMin: 1, slaMax: 720, defaultSla: { acceptHours: 24, firstActionHours: 72 }, placeNameMax: 10, templateTextMax: 20 },
  updatedAt: null,
};

const type = (name: RegExp | string, value: string) => fireEvent.input(screen.getByRole('textbox', { name }), { target: { value } });

describe('开通小区', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true, 'gz.compound': 'qiaoya' }));

  it('sends the compound with its buildings; a refused name shows under it, keeps the form, and the resend carries the same operation id', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.setupOptions', ok(options));
    let first = true;
    net.on('/api/compounds.create', () => {
      if (first) {
        first = false;
        return refused(409, { code: 'conflict', message: '这个社区已经有“侨亚小区”了,请换个名称', field: 'name' });
      }
      return ok({ compound: { id: 'c-new', name: '新城家园', communityId: 'community:xuguang' } });
    });
    renderPage(CompoundNewPage, 'packages/people/compound-new/index');
    await screen.findByRole('textbox', { name: '小区名称' });
    type('小区名称', '侨亚小区');
    type('第 1 栋·层数', '3');
    fireEvent.click(screen.getByRole('button', { name: '添加一栋楼' }));
    type('第 2 栋·楼栋名称', 'B座');
    fireEvent.click(screen.getAllByRole('button', { name: '开通小区' }).at(-1)!);
    expect(await screen.findByText('这个社区已经有“侨亚小区”了,请换个名称')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '小区名称' }) as HTMLInputElement).value).toBe('侨亚小区');
    const sent = net.calls.find((c) => c.path === '/api/compounds.create')!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ name: '侨亚小区', communityId: 'community:xuguang', propertyCompanyId: null, rosterLater: false, teams: ['爱心服务队', '保洁服务队'], sla: { acceptHours: 24, firstActionHours: 72 } });
    expect(sent.buildings).toEqual([
      { name: '1栋', units: 1, floors: 3, roomsPerFloor: 2 },
      { name: 'B座', units: 1, floors: 6, roomsPerFloor: 2 },
    ]);
    type('小区名称', '新城家园');
    fireEvent.click(screen.getAllByRole('button', { name: '开通小区' }).at(-1)!);
    expect(await screen.findByText('已开通新城家园,你现在在这个小区里')).toBeTruthy();
    const creates = net.calls.filter((c) => c.path === '/api/compounds.create').map((c) => (c.body as { opId: string }).opId);
    expect(creates[0]).toBe(creates[1]);
    expect(JSON.parse(localStorage.getItem('gz.compound')!).data).toBe('c-new');
    expect(screen.getByRole('button', { name: '接着设置地点和时限' })).toBeTruthy();
  });

  it('checks the numbers before sending and names the field', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.setupOptions', ok(options));
    renderPage(CompoundNewPage, 'packages/people/compound-new/index');
    await screen.findByRole('textbox', { name: '小区名称' });
    type('受理时限(小时)', '两天');
    fireEvent.click(screen.getAllByRole('button', { name: '开通小区' }).at(-1)!);
    expect(await screen.findByText('请填写数字')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/compounds.create')).toBe(false);
  });

  it('sends no buildings when the roster comes later', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.setupOptions', ok(options));
    net.on('/api/compounds.create', ok({ compound: { id: 'c-new', name: '新城家园', communityId: 'community:xuguang' } }));
    renderPage(CompoundNewPage, 'packages/people/compound-new/index');
    await screen.findByRole('textbox', { name: '小区名称' });
    type('小区名称', '新城家园');
    fireEvent.click(screen.getByRole('radio', { name: /以后导入名册/ }));
    expect(screen.queryByRole('textbox', { name: '第 1 栋·楼栋名称' })).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: '开通小区' }).at(-1)!);
    expect(await screen.findByRole('button', { name: '导入业主名册' })).toBeTruthy();
    expect(net.calls.find((c) => c.path === '/api/compounds.create')!.body).toMatchObject({ buildings: [], rosterLater: true });
  });
});

describe('小区设置', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true, 'gz.compound': 'c-new' }));

  it('shows the compound’s places per building and sends what was typed; a refused place shows under its building', async () => {
    const net = fakeNetwork();
    net.on('/api/compounds.settings.get', ok(settings));
    net.on('/api/compounds.settings.save', (body) =>
      (body as { buildings: Array<{ places: string[] }> }).buildings[0].places.includes('stair')
        ? refused(400, { code: 'invalid', message: '地点重复了:stair', field: 'buildings.0.places.2' })
        : ok({ ...settings, commonPlaces: ['小区大门', '儿童乐园'], slaIsDefault: false, sla: { acceptHours: 12, firstActionHours: 48 }, updatedAt: '2026-03-02T09:00:00.000Z' }),
    );
    renderPage(CompoundSettingsPage, 'packages/people/compound-settings/index');
    const a = (await screen.findByRole('textbox', { name: 'A座的地点' })) as HTMLInputElement;
    expect(a.value).toBe('楼道、楼顶');
    expect(screen.getByText('现在是默认时限:24 小时受理,72 小时内开始处理')).toBeTruthy();
    type('A座的地点', '楼道、电梯、stair');
    type('公共区域', '小区大门、儿童乐园');
    type('受理时限(小时)', '12');
    type('首次处理时限(小时)', '48');
    type('报事进度通知·备注', '有疑问请到物业前台');
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByText('地点重复了:stair')).toBeTruthy();
    expect(a.value).toBe('楼道、电梯、stair');
    type('A座的地点', '楼道、电梯');
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByText('设置已保存')).toBeTruthy();
    const saved = net.calls.filter((c) => c.path === '/api/compounds.settings.save').at(-1)!.body;
    expect(saved).toMatchObject({
      commonPlaces: ['小区大门', '儿童乐园'],
      buildings: [
        { id: 'b:A座', places: ['楼道', '电梯'] },
        { id: 'b:B座', places: ['楼道'] },
      ],
      sla: { acceptHours: 12, firstActionHours: 48 },
      careTeamId: 'team:care',
      careLeaderId: 'user:a',
      templates: { 'issue.status': { note: '有疑问请到物业前台' } },
    });
  });

  it('says what to do when the compound has no buildings or teams yet', async () => {
    fakeNetwork().on('/api/compounds.settings.get', ok({ ...settings, buildings: [], teams: [] }));
    renderPage(CompoundSettingsPage, 'packages/people/compound-settings/index');
    expect(await screen.findByText('还没有楼栋。导入业主名册后,可以在这里设置各楼栋的地点。')).toBeTruthy();
    expect(screen.getByText('还没有服务队,可以在下面新增')).toBeTruthy();
  });
});

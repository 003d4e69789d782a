// The 志愿 and 结对帮扶 forms check their input with the action's own schema (src/domain/schemas/
// volunteers.ts) before sending: each refused field's message under the field, nothing sent, what
// was typed still there. The server's refusal of a field shows under the same field.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import NewActivityPage from '../../src/packages/volunteer/activity-new/index';
import CareNewPage from '../../src/packages/volunteer/care-new/index';
import CareDetailPage from '../../src/packages/volunteer/care-detail/index';
import StatsPage from '../../src/packages/volunteer/stats/index';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const leader = { user: { id: 'user:demo-leader', name: '张建国', roles: ['owner'], phone: null }, units: [], claims: [] };
const community = { user: { id: 'user:demo-community', name: '何书记', roles: ['community'], phone: null }, units: [], claims: [] };

const errorOf = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? null;
const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const sent = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`).map((c) => c.body);

function route(path: string, params: Record<string, string>) {
  Current.router = { params, path: `/${path}` } as never;
}

describe('发布活动', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  function open() {
    const net = fakeNetwork();
    net.on('/api/me', ok(leader));
    route('packages/volunteer/activity-new/index', { teamId: 'team:cleaning' });
    renderPage(NewActivityPage, 'packages/volunteer/activity-new/index');
    return net;
  }
  async function pickWhen() {
    const days = within(await screen.findByRole('radiogroup', { name: '日期' })).getAllByRole('radio');
    fireEvent.click(days[3]);
    fireEvent.change(screen.getByLabelText('开始时间'), { target: { value: '08:30' } });
  }

  it('asks for the day and the start time together before anything else', async () => {
    const net = open();
    fireEvent.click(await screen.findByRole('button', { name: '发布' }));
    expect(errorOf('day')).toBe('请选择日期');
    expect(errorOf('time')).toBe('请选择开始时间');
    expect(sent(net, 'volunteers.activity.create')).toEqual([]);
  });

  it('refuses a missing name and no places under their fields, sends nothing, keeps the place typed', async () => {
    const net = open();
    await pickWhen();
    fireEvent.input(textbox('地点'), { target: { value: '19栋楼道' } });
    fireEvent.input(textbox('名额'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '发布' }));
    expect(errorOf('title')).toBe('请填写活动名称');
    expect(errorOf('capacity')).toBe('名额至少 1 个');
    expect(errorOf('place')).toBeNull();
    expect(textbox('地点').value).toBe('19栋楼道');
    expect(sent(net, 'volunteers.activity.create')).toEqual([]);
  });

  it('shows the server’s refusal of the start under the day, keeping what was typed', async () => {
    const net = open();
    net.on('/api/volunteers.activity.create', refused(400, { code: 'invalid', field: 'startAt', message: '开始时间不能早于现在' }));
    await pickWhen();
    fireEvent.input(textbox('活动名称'), { target: { value: ' 清扫楼道 ' } });
    fireEvent.input(textbox('地点'), { target: { value: '19栋楼道' } });
    fireEvent.click(screen.getByRole('button', { name: '发布' }));
    await waitFor(() => expect(errorOf('day')).toBe('开始时间不能早于现在'));
    expect(textbox('活动名称').value).toBe(' 清扫楼道 ');
    const [body] = sent(net, 'volunteers.activity.create') as Array<Record<string, unknown>>;
    // What the schema parsed is what goes up: the name trimmed, two hours, the default places.
    expect(body).toMatchObject({ teamId: 'team:cleaning', title: '清扫楼道', place: '19栋楼道', capacity: 10, cancelCutoffHours: 2 });
    expect(Date.parse(body.endAt as string) - Date.parse(body.startAt as string)).toBe(2 * 3_600_000);
  });
});

describe('登记帮扶对象', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  function open() {
    const net = fakeNetwork();
    net.on('/api/me', ok(community));
    net.on('/api/volunteers.team', ok({ team: { id: 'team:care', name: '爱心服务队', kind: 'care', description: '', leaderName: '张建国' }, myStatus: null, canManage: true, members: [{ userId: 'user:li', name: '李明', since: '' }], pending: [], activities: [] }));
    net.on('/api/compound.buildings', ok({ compound: { name: '侨亚小区' }, buildings: [{ id: 'b:19栋', name: '19栋', zone: '', unitCount: 1 }] }));
    net.on('/api/compound.units', ok({ units: [{ id: 'u:19栋--101', label: '19栋101' }] }));
    route('packages/volunteer/care-new/index', {});
    renderPage(CareNewPage, 'packages/volunteer/care-new/index');
    return net;
  }

  it('names every missing field at once, under each, and sends nothing', async () => {
    const net = open();
    fireEvent.input(await screen.findByRole('textbox', { name: '姓名' }), { target: { value: '吴桂兰' } });
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(errorOf('category')).toBe('请选择帮扶类别');
    expect(errorOf('name')).toBeNull();
    expect(errorOf('contact')).toBe('请填写联系电话');
    expect(errorOf('needs')).toBe('请填写需求');
    expect(errorOf('consentGiven')).toBe('请先取得本人或监护人的单独同意');
    expect(errorOf('consentWay')).toBe('请选择同意的方式');
    // No building picked yet: the home's message stands on its own line.
    expect(screen.getByText('请选择住的房屋')).toBeTruthy();
    expect(textbox('姓名').value).toBe('吴桂兰');
    expect(sent(net, 'care.register')).toEqual([]);
  });

  async function fillAll(contact: string) {
    fireEvent.click(await screen.findByRole('radio', { name: '空巢老人' }));
    fireEvent.input(textbox('姓名'), { target: { value: '吴桂兰' } });
    fireEvent.change(screen.getByRole('combobox', { name: '住在哪栋楼' }), { target: { value: 'b:19栋' } });
    const unit = (await screen.findByRole('combobox', { name: '房号' })) as HTMLSelectElement;
    await screen.findByRole('option', { name: '19栋101' });
    fireEvent.change(unit, { target: { value: 'u:19栋--101' } });
    fireEvent.input(textbox('联系电话'), { target: { value: contact } });
    fireEvent.input(screen.getByRole('textbox', { name: '需求（如每周探望、代买药品）' }), { target: { value: '每周探望' } });
    fireEvent.click(screen.getByRole('radio', { name: '已取得同意' }));
    fireEvent.click(screen.getAllByRole('radio', { name: /书面/ })[0]);
  }

  it('refuses a contact that is no mobile number before sending, keeping it as typed', async () => {
    const net = open();
    await fillAll('027-8000');
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(errorOf('contact')).toBe('联系电话应是 11 位手机号');
    expect(textbox('联系电话').value).toBe('027-8000');
    expect(sent(net, 'care.register')).toEqual([]);
  });

  it('shows the server’s refusal of a paired volunteer under the volunteers, keeping the form', async () => {
    const net = open();
    net.on('/api/care.register', refused(400, { code: 'invalid', field: 'volunteerIds', message: '李明还不是爱心服务队队员,不能结对' }));
    await fillAll('139 7102 5588');
    fireEvent.click(screen.getByRole('checkbox', { name: '李明' }));
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(errorOf('volunteers')).toBe('李明还不是爱心服务队队员,不能结对'));
    expect(textbox('联系电话').value).toBe('139 7102 5588');
    expect(sent(net, 'care.register')).toEqual([
      { category: 'empty_nest', name: '吴桂兰', unitId: 'u:19栋--101', contact: '139 7102 5588', needs: '每周探望', consentGiven: true, consentWay: expect.any(String), volunteerIds: ['user:li'] },
    ]);
  });
});

describe('帮扶记录: a visit, a concern, a withdrawal', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  const detail = (over: Record<string, unknown> = {}) => ({
    care: { id: 'care:1', name: '吴桂兰', categoryLabel: '空巢老人', category: 'empty_nest', unitLabel: '19栋101', contact: '13971025588', needs: '每周探望', volunteers: [], consent: { way: 'written', wayLabel: '书面签字', note: '', at: '2026-03-01T00:00:00Z' } },
    canManage: false,
    canVisit: true,
    canWithdraw: true,
    visits: [],
    concernPlaces: [{ value: 'unit:u:19栋--101', label: '家中（19栋101）' }, { value: 'common:main_road', label: '主干道' }],
    ...over,
  });
  function open(d = detail()) {
    const net = fakeNetwork();
    net.on('/api/me', ok(community));
    net.on('/api/care.get', ok(d as never));
    route('packages/volunteer/care-detail/index', { id: 'care:1' });
    renderPage(CareDetailPage, 'packages/volunteer/care-detail/index');
    return net;
  }

  it('refuses a visit without what was done and a malformed date, under each, sending nothing', async () => {
    const net = open();
    fireEvent.input(await screen.findByRole('textbox', { name: '走访日期' }), { target: { value: '3月5日' } });
    fireEvent.input(screen.getByRole('textbox', { name: '发现的问题（可不填）' }), { target: { value: '楼道灯坏了' } });
    fireEvent.click(screen.getByRole('button', { name: '保存走访记录' }));
    expect(errorOf('visit-date')).toBe('走访日期格式不对');
    expect(errorOf('visit-what')).toBe('请填写走访内容');
    expect((screen.getByRole('textbox', { name: '发现的问题（可不填）' }) as HTMLTextAreaElement).value).toBe('楼道灯坏了');
    expect(sent(net, 'care.visit')).toEqual([]);
  });

  it('shows the server’s refusal of a future date under the date, keeping what was typed', async () => {
    const net = open();
    net.on('/api/care.visit', refused(400, { code: 'invalid', field: 'date', message: '走访日期不能晚于今天' }));
    fireEvent.input(await screen.findByRole('textbox', { name: '走访日期' }), { target: { value: '2099-01-01' } });
    fireEvent.input(screen.getByRole('textbox', { name: '做了什么' }), { target: { value: '陪老人聊天' } });
    fireEvent.click(screen.getByRole('button', { name: '保存走访记录' }));
    await waitFor(() => expect(errorOf('visit-date')).toBe('走访日期不能晚于今天'));
    expect((screen.getByRole('textbox', { name: '做了什么' }) as HTMLTextAreaElement).value).toBe('陪老人聊天');
    expect(sent(net, 'care.visit')).toEqual([{ careId: 'care:1', date: '2099-01-01', what: '陪老人聊天' }]);
  });

  it('shows the server’s refusal of a concern’s place under the place, keeping the choice', async () => {
    const net = open(detail({ visits: [{ id: 'visit:1', date: '2026-03-05', byName: '李明', what: '探望', concerns: '楼道灯坏了', issueId: null }] }));
    net.on('/api/care.concern', refused(400, { code: 'invalid', field: 'common', message: '请选择地点' }));
    fireEvent.click(await screen.findByRole('button', { name: '把这个问题转为不公开报事' }));
    fireEvent.change(screen.getByRole('combobox', { name: '问题在哪里' }), { target: { value: 'common:main_road' } });
    fireEvent.click(screen.getByRole('button', { name: '转为不公开报事' }));
    await waitFor(() => expect(errorOf('concern-visit:1-place')).toBe('请选择地点'));
    expect((screen.getByRole('combobox', { name: '问题在哪里' }) as HTMLSelectElement).value).toBe('common:main_road');
    expect(sent(net, 'care.concern')).toEqual([{ careId: 'care:1', visitId: 'visit:1', category: 'other', description: '楼道灯坏了', place: { common: 'main_road' } }]);
  });

  it('asks for the withdrawal’s reason before sending, and shows a server refusal under it', async () => {
    const net = open();
    net.on('/api/care.withdraw', refused(403, { code: 'forbidden', message: '只有登记人、社区或本人可以撤回帮扶登记' }));
    fireEvent.click(await screen.findByRole('button', { name: '撤回这条登记' }));
    fireEvent.click(screen.getByRole('button', { name: '确认撤回并删除' }));
    expect(errorOf('withdraw-reason')).toBe('请选择撤回的原因');
    expect(sent(net, 'care.withdraw')).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: '登记有误' }));
    expect(errorOf('withdraw-reason')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '确认撤回并删除' }));
    await waitFor(() => expect(errorOf('withdraw-reason')).toBe('只有登记人、社区或本人可以撤回帮扶登记'));
    expect((screen.getByRole('radio', { name: '登记有误' }) as HTMLElement).getAttribute('aria-checked')).toBe('true');
    expect(sent(net, 'care.withdraw')).toEqual([{ careId: 'care:1', reason: 'mistaken' }]);
  });
});

describe('志愿统计: choosing the leaderboard', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('says a refusal under the choice, then 已保存 once it goes through', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(leader));
    net.on('/api/volunteers.stats', ok({ months: [], teams: [], leaderboard: [], myOptIn: false }));
    let answer: ReturnType<typeof refused> | ReturnType<typeof ok> = refused(503, { code: 'unavailable', message: '服务暂时不可用,请稍后再试' });
    net.on('/api/volunteers.leaderboard', () => answer as never);
    renderPage(StatsPage, 'packages/volunteer/stats/index');
    fireEvent.click(await screen.findByRole('radio', { name: '显示' }));
    expect(await screen.findByText('服务暂时不可用,请稍后再试')).toBeTruthy();
    answer = ok({ show: true });
    fireEvent.click(screen.getByRole('radio', { name: '显示' }));
    expect(await screen.findByText('已保存。')).toBeTruthy();
    expect(screen.queryByText('服务暂时不可用,请稍后再试')).toBeNull();
    expect(sent(net, 'volunteers.leaderboard')).toEqual([{ show: true }, { show: true }]);
  });
});

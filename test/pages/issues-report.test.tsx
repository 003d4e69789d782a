import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ReportPage from '../../src/packages/issues/report/index';
import { fakeNetwork, ok, refused, type FakeNetwork, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/issues/report/index';
const DRAFT_KEY = 'gongzhi.issueDraft';

const owner = {
  user: { id: 'user:demo-owner', name: '王秀英', roles: ['owner'], phone: null },
  units: [{ unitId: 'u:19栋--301', label: '19栋301', room: '301', unit: '', areaText: '89.5㎡', building: '19栋', zone: '橋東' }],
  claims: [],
};
const staff = { user: { id: 'user:demo-staff', name: '刘师傅', roles: ['staff'], phone: null }, units: [], claims: [] };
const buildings = { compound: { name: '僑亞小區' }, buildings: [{ id: 'b:19栋', name: '19栋', zone: '橋東', unitCount: 2 }] };
const places = {
  mine: [{ value: 'unit:u:19栋--301', label: '19栋301' }, { value: 'building:b:19栋:stair', label: '19栋楼道' }],
  common: [{ value: 'common:main_road', label: '主干道' }, { value: 'common:square', label: '中心广场' }],
  buildings: [{ id: 'b:3栋', name: '3栋', places: [{ value: 'building:b:3栋:stair', label: '3栋楼道' }] }],
};
const similarLeak = {
  id: 'issue:leak1',
  description: '主干道井盖松动，车一压就响',
  status: 'accepted',
  statusLabel: '已受理',
  seconds: 2,
  createdAt: '2025-11-20T01:00:00Z',
  mine: false,
};

function stored(key: string): unknown {
  const raw = localStorage.getItem(key);
  return raw === null ? undefined : JSON.parse(raw).data;
}

const field = (id: string) => document.getElementById(`${id}-field`) as HTMLElement;
const errorOf = (id: string) => document.getElementById(`${id}-error`)?.textContent;
const description = () => screen.getByRole('textbox', { name: '问题描述' }) as HTMLTextAreaElement;
const combo = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

function network(me: FixtureOf<'me'> = owner): FakeNetwork {
  const net = fakeNetwork();
  net.on('/api/me', ok(me));
  net.on('/api/compound.buildings', ok(buildings));
  net.on('/api/issues.similar', ok({ issues: [] }));
  net.on('/api/issues.places', ok(places));
  return net;
}

async function fill(opts: { category?: string; place?: string; text?: string } = {}) {
  fireEvent.change(await screen.findByRole('combobox', { name: '问题类别' }), { target: { value: opts.category ?? 'manhole' } });
  fireEvent.change(combo('地点'), { target: { value: opts.place ?? 'common:main_road' } });
  fireEvent.change(description(), { target: { value: opts.text ?? '主干道靠近5栋的井盖松动，晚上老人走路危险。' } });
}

describe('我要报事 (report)', () => {
  let redirectTo: jest.SpyInstance;
  let navigateTo: jest.SpyInstance;
  beforeEach(() => {
    freshLaunch({ 'gongzhi.elderOffered': true });
    redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' });
    navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
  });
  afterEach(() => {
    redirectTo.mockRestore();
    navigateTo.mockRestore();
  });

  it('sends category, place, description and visibility, then opens the new issue', async () => {
    const net = network();
    net.on('/api/issues.report', ok({ issue: { id: 'issue:new1', status: 'reported' } }));
    renderPage(ReportPage, ROUTE);
    await fill({ category: 'pipe_leak', place: 'unit:u:19栋--301', text: '  卫生间天花板一直渗水。  ' });
    fireEvent.click(screen.getByRole('radio', { name: '仅物业可见：只有您和物业能看到' }));

    fireEvent.click(screen.getByRole('button', { name: '提交报事' }));

    await waitFor(() => expect(redirectTo).toHaveBeenCalledTimes(1));
    expect(net.calls.find((c) => c.path === '/api/issues.report')?.body).toEqual({
      category: 'pipe_leak',
      place: { unitId: 'u:19栋--301' },
      description: '卫生间天花板一直渗水。',
      photos: [],
      visibility: 'private',
    });
    expect(redirectTo.mock.calls[0][0].url).toBe(`/packages/issues/detail/index?id=${encodeURIComponent('issue:new1')}&new=1`);
    // Sent: the draft is gone.
    expect(stored(DRAFT_KEY)).toBeUndefined();
  });

  it('keeps everything typed after a 400 and shows the message under the field it names', async () => {
    const net = network();
    net.on('/api/issues.report', refused(400, { code: 'invalid', message: '内容含有不适宜发布的词语,请修改后再提交', field: 'description' }));
    renderPage(ReportPage, ROUTE);
    await fill({ text: '井盖松动，赌博网站' });

    fireEvent.click(screen.getByRole('button', { name: '提交报事' }));

    expect(await within(field('description')).findByText('内容含有不适宜发布的词语,请修改后再提交')).toBeTruthy();
    expect(within(field('category')).queryByText('内容含有不适宜发布的词语,请修改后再提交')).toBeNull();
    expect(description().value).toBe('井盖松动，赌博网站');
    expect(description().getAttribute('aria-invalid')).toBe('true');
    expect(combo('问题类别').value).toBe('manhole');
    expect(combo('地点').value).toBe('common:main_road');
    expect(redirectTo).not.toHaveBeenCalled();
    expect(stored(DRAFT_KEY)).toMatchObject({ category: 'manhole', place: 'common:main_road', description: '井盖松动，赌博网站' });

    // Typing again clears the message.
    fireEvent.change(description(), { target: { value: '井盖松动' } });
    expect(within(field('description')).queryByText('内容含有不适宜发布的词语,请修改后再提交')).toBeNull();
  });

  it('shows a refusal without a field above the button, keeping the form', async () => {
    const net = network();
    net.on('/api/issues.report', refused(404, { code: 'not_found', message: '房屋不存在' }));
    renderPage(ReportPage, ROUTE);
    await fill();
    fireEvent.click(screen.getByRole('button', { name: '提交报事' }));
    expect(await screen.findByText('房屋不存在')).toBeTruthy();
    expect(description().value).toBe('主干道靠近5栋的井盖松动，晚上老人走路危险。');
  });

  it('counts the description against 500 characters and refuses to send more', async () => {
    const net = network();
    net.on('/api/issues.report', ok({ issue: { id: 'issue:new2', status: 'reported' } }));
    renderPage(ReportPage, ROUTE);
    await fill({ text: '井盖松动' });
    expect(within(field('description')).getByText('4/500 字')).toBeTruthy();

    fireEvent.change(description(), { target: { value: '漏'.repeat(501) } });
    expect(within(field('description')).getByText('501/500 字，已超出 1 字，请删减')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交报事' }));
    expect(within(field('description')).getByText('问题描述不能超过500个字')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/issues.report')).toBe(false);
    // Nothing was cut off: the resident decides what to remove.
    expect(description().value).toHaveLength(501);

    fireEvent.change(description(), { target: { value: '漏'.repeat(500) } });
    expect(within(field('description')).getByText('500/500 字')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交报事' }));
    await waitFor(() => expect(net.calls.find((c) => c.path === '/api/issues.report')).toBeTruthy());
    expect((net.calls.find((c) => c.path === '/api/issues.report')?.body as { description: string }).description).toHaveLength(500);
  });

  it('checks the required fields before sending anything', async () => {
    const net = network();
    renderPage(ReportPage, ROUTE);
    fireEvent.click(await screen.findByRole('button', { name: '提交报事' }));
    expect(errorOf('category')).toBe('请选择问题类别');
    expect(errorOf('place')).toBe('请选择地点');
    expect(errorOf('description')).toBe('请填写问题描述');
    expect(net.calls.some((c) => c.path === '/api/issues.report')).toBe(false);
  });

  it('offers "我也遇到" for an open report of the same thing at the same place, and seconds it', async () => {
    const net = network();
    net.on('/api/issues.similar', ok({ issues: [similarLeak] }));
    net.on('/api/issues.second', ok({ seconds: 3 }));
    renderPage(ReportPage, ROUTE);
    fireEvent.change(await screen.findByRole('combobox', { name: '问题类别' }), { target: { value: 'manhole' } });
    // Only the category so far: nothing to compare yet.
    expect(net.calls.some((c) => c.path === '/api/issues.similar')).toBe(false);
    fireEvent.change(combo('地点'), { target: { value: 'common:main_road' } });

    expect(await screen.findByRole('heading', { name: '附近已经有人报过类似的问题' })).toBeTruthy();
    expect(net.calls.find((c) => c.path === '/api/issues.similar')?.body).toEqual({ category: 'manhole', place: { common: 'main_road' } });
    // A new report stays possible, and says so.
    expect(screen.getByRole('button', { name: '仍然提交新的报事' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `我也遇到：${similarLeak.description}` }));

    await waitFor(() => expect(redirectTo).toHaveBeenCalledTimes(1));
    expect(net.calls.find((c) => c.path === '/api/issues.second')?.body).toEqual({ issueId: 'issue:leak1' });
    expect(redirectTo.mock.calls[0][0].url).toBe(`/packages/issues/detail/index?id=${encodeURIComponent('issue:leak1')}&seconded=1`);
    expect(net.calls.some((c) => c.path === '/api/issues.report')).toBe(false);
  });

  it('shows why a second was refused and keeps the form', async () => {
    const net = network();
    net.on('/api/issues.similar', ok({ issues: [similarLeak] }));
    net.on('/api/issues.second', refused(409, { code: 'conflict', message: '你已经附议过了' }));
    renderPage(ReportPage, ROUTE);
    await fill();
    fireEvent.click(await screen.findByRole('button', { name: `我也遇到：${similarLeak.description}` }));
    expect(await screen.findByText('你已经附议过了')).toBeTruthy();
    expect(redirectTo).not.toHaveBeenCalled();
    expect(description().value).toBe('主干道靠近5栋的井盖松动，晚上老人走路危险。');
  });

  it('does not offer to second one\'s own report', async () => {
    const net = network();
    net.on('/api/issues.similar', ok({ issues: [{ ...similarLeak, mine: true }] }));
    renderPage(ReportPage, ROUTE);
    await fill();
    expect(await screen.findByText(/这是您自己报的/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^我也遇到/ })).toBeNull();
  });

  it('keeps the draft when the page is left and brings it back', async () => {
    network();
    const first = renderPage(ReportPage, ROUTE);
    await fill({ text: '北侧院墙有裂缝' });
    fireEvent.click(screen.getByRole('radio', { name: '仅物业可见：只有您和物业能看到' }));
    first.unmount();

    renderPage(ReportPage, ROUTE);
    expect(await screen.findByText('上次没提交的内容已为您保留。')).toBeTruthy();
    expect(((await screen.findByRole('textbox', { name: '问题描述' })) as HTMLTextAreaElement).value).toBe('北侧院墙有裂缝');
    expect(combo('问题类别').value).toBe('manhole');
    expect(screen.getByRole('radio', { name: '仅物业可见：只有您和物业能看到' }).getAttribute('aria-checked')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: '清空重填' }));
    expect(description().value).toBe('');
    await waitFor(() => expect(stored(DRAFT_KEY)).toBeUndefined());
  });

  it('lets staff report for a resident, with the resident\'s name', async () => {
    const net = network(staff);
    net.on('/api/issues.report', ok({ issue: { id: 'issue:new3', status: 'reported' } }));
    renderPage(ReportPage, ROUTE);
    fireEvent.click(await screen.findByRole('radio', { name: '是，我替居民报事：替不会用手机的老人或邻居报事' }));
    await fill({ category: 'drain', place: 'building:b:3栋:stair', text: '二楼楼道下水管堵了' });

    fireEvent.click(screen.getByRole('button', { name: '提交报事' }));
    expect(within(field('name')).getByText('请填写居民姓名')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/issues.report')).toBe(false);

    fireEvent.input(screen.getByRole('textbox', { name: '居民姓名' }), { target: { value: '吴奶奶' } });
    fireEvent.click(screen.getByRole('button', { name: '提交报事' }));
    await waitFor(() => expect(net.calls.find((c) => c.path === '/api/issues.report')).toBeTruthy());
    expect(net.calls.find((c) => c.path === '/api/issues.report')?.body).toMatchObject({ category: 'drain', place: { buildingId: 'b:3栋', part: 'stair' }, onBehalf: { name: '吴奶奶' } });
  });

  it('does not offer reporting for someone else to an owner', async () => {
    network();
    renderPage(ReportPage, ROUTE);
    await screen.findByRole('combobox', { name: '问题类别' });
    expect(screen.queryByText('代居民报事')).toBeNull();
  });

  it('in 长辈模式 lays the choices out as buttons, with no pop-up', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    const net = network();
    net.on('/api/issues.report', ok({ issue: { id: 'issue:new4', status: 'reported' } }));
    renderPage(ReportPage, ROUTE);
    fireEvent.click(await screen.findByRole('radio', { name: '井盖更换' }));
    fireEvent.click(screen.getByRole('radio', { name: '主干道' }));
    fireEvent.change(description(), { target: { value: '井盖松动' } });
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交报事' }));
    });
    await waitFor(() => expect(net.calls.find((c) => c.path === '/api/issues.report')?.body).toMatchObject({ category: 'manhole', place: { common: 'main_road' } }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

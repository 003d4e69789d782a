import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import IssuesPage from '../../src/pages/issues/index';
import StatsPage from '../../src/packages/issues/stats/index';
import { fakeNetwork, ok, refused, type FakeNetwork, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const owner = { user: { id: 'user:demo-owner', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] };
const committee = { user: { id: 'user:demo-committee', name: '张建国', roles: ['owner', 'committee'], phone: null }, units: [], claims: [] };
const buildings = { compound: { name: '僑亞小區' }, buildings: [{ id: 'b:19栋', name: '19栋', zone: '橋東', unitCount: 2 }] };

function item(n: number, over: Record<string, unknown> = {}) {
  return {
    id: `issue:${n}`,
    category: 'lighting',
    categoryLabel: '照明故障',
    placeLabel: '主干道',
    description: `第${n}条：路灯不亮`,
    status: 'accepted',
    statusLabel: '已受理',
    closedAs: null,
    visibility: 'public',
    seconds: 3,
    comments: 1,
    priority: 14,
    createdAt: '2025-11-20T01:00:00Z',
    thumb: null,
    rating: null,
    acceptOverdue: false,
    actionOverdue: false,
    ...over,
  };
}

const page = (from: number, count: number, hasMore: boolean) => ({ items: Array.from({ length: count }, (_, i) => item(from + i)), hasMore, nextSkip: from - 1 + count });

function feedNetwork(me: FixtureOf<'me'> = owner): FakeNetwork {
  const net = fakeNetwork();
  net.on('/api/me', ok(me));
  net.on('/api/compound.buildings', ok(buildings));
  return net;
}

const feedCalls = (net: FakeNetwork) => net.calls.filter((c) => c.path === '/api/issues.feed').map((c) => c.body);

describe('议事 (feed)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('lists open issues newest first, with status, seconds, comments and overdue marks', async () => {
    const net = feedNetwork();
    net.on('/api/issues.feed', ok({ items: [item(1, { acceptOverdue: true, status: 'reported', statusLabel: '待受理' }), item(2, { visibility: 'private' })], hasMore: false, nextSkip: 2 }));
    renderPage(IssuesPage, 'pages/issues/index');

    expect(await screen.findByText('第1条：路灯不亮')).toBeTruthy();
    expect(feedCalls(net)[0]).toEqual({ status: 'open', sort: 'newest' });
    expect(screen.getByText('待受理')).toBeTruthy();
    expect(screen.getByText('超过 24 小时未受理')).toBeTruthy();
    expect(screen.getByText('仅物业可见')).toBeTruthy();
    expect(screen.getAllByText('3 人附议')).toHaveLength(2);
    expect(screen.getByRole('button', { name: '我要报事' })).toBeTruthy();
    // The priority score shows when sorting by it.
    expect(screen.queryByText(/^已等 \d+ 天$/)).toBeNull();
    await waitFor(() => expect(net.calls.some((c) => c.path === '/api/me')).toBe(true));
    expect(screen.queryByRole('button', { name: '报事统计' })).toBeNull();
  });

  it('asks the server again for each filter and sort, and shows how long each has waited', async () => {
    const net = feedNetwork();
    net.on('/api/issues.feed', ok(page(1, 2, false)));
    renderPage(IssuesPage, 'pages/issues/index');
    await screen.findByText('第1条：路灯不亮');

    fireEvent.click(screen.getByRole('radio', { name: '最该先办' }));
    // Said as how long each has waited, not as a score.
    const days = Math.floor((Date.now() - Date.parse('2025-11-20T01:00:00Z')) / 86_400_000);
    expect(await screen.findAllByText(`已等 ${days} 天`)).toHaveLength(2);
    fireEvent.click(screen.getByRole('radio', { name: '已结束' }));
    fireEvent.click(screen.getByRole('radio', { name: '我的报事' }));
    fireEvent.change(screen.getByRole('combobox', { name: '类别' }), { target: { value: 'pipe_leak' } });
    fireEvent.change(screen.getByRole('combobox', { name: '楼栋' }), { target: { value: 'b:19栋' } });

    await waitFor(() => expect(feedCalls(net)).toHaveLength(6));
    expect(feedCalls(net).slice(1)).toEqual([
      { status: 'open', sort: 'priority' },
      { status: 'finished', sort: 'priority' },
      { status: 'finished', sort: 'priority', mine: true },
      { status: 'finished', category: 'pipe_leak', sort: 'priority', mine: true },
      { status: 'finished', category: 'pipe_leak', buildingId: 'b:19栋', sort: 'priority', mine: true },
    ]);
    fireEvent.click(screen.getByRole('radio', { name: '全部' }));
    await waitFor(() => expect(feedCalls(net)).toHaveLength(7));
    expect(feedCalls(net)[6]).toEqual({ category: 'pipe_leak', buildingId: 'b:19栋', sort: 'priority', mine: true });
  });

  it('in 长辈模式 puts the list first: the filters open on request', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    const net = feedNetwork();
    net.on('/api/issues.feed', ok(page(1, 1, false)));
    renderPage(IssuesPage, 'pages/issues/index');
    await screen.findByText('第1条：路灯不亮');
    const toggle = screen.getByRole('button', { name: /筛选和排序/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('radio', { name: '附议最多' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: '附议最多' }));
    await waitFor(() => expect(feedCalls(net)[1]).toEqual({ status: 'open', sort: 'seconds' }));
    // Category and building are buttons too: nothing pops up.
    expect(screen.getByRole('radio', { name: '管网漏水' })).toBeTruthy();
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
  });

  it('loads 20 at a time and adds the next page below', async () => {
    const net = feedNetwork();
    net.on('/api/issues.feed', (body) => ok((body as { skip?: number }).skip === 20 ? page(21, 5, false) : page(1, 20, true)));
    renderPage(IssuesPage, 'pages/issues/index');
    await screen.findByText('第20条：路灯不亮');

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));

    expect(await screen.findByText('第25条：路灯不亮')).toBeTruthy();
    expect(screen.getByText('第1条：路灯不亮')).toBeTruthy();
    expect(feedCalls(net)[1]).toEqual({ status: 'open', sort: 'newest', skip: 20 });
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    expect(screen.getByText('已经到底了')).toBeTruthy();
  });

  it('says honestly when there is nothing', async () => {
    const net = feedNetwork();
    net.on('/api/issues.feed', ok({ items: [], hasMore: false, nextSkip: 0 }));
    renderPage(IssuesPage, 'pages/issues/index');
    expect(await screen.findByText('现在没有进行中的报事。')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '我的报事' }));
    expect(await screen.findByText('没有符合条件的报事，换个筛选条件试试。')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '全部' }));
    expect(await screen.findByText('您还没有报过事。遇到问题，点上面的“我要报事”。')).toBeTruthy();
  });

  it('shows a retry when the list cannot load', async () => {
    const net = feedNetwork();
    let fail = true;
    net.on('/api/issues.feed', () => (fail ? refused(500, { code: 'internal', message: '服务器出了点问题,请稍后再试' }) : ok(page(1, 1, false))));
    renderPage(IssuesPage, 'pages/issues/index');
    const retry = await screen.findByRole('button', { name: '重试' });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('第1条：路灯不亮')).toBeTruthy();
  });

  it('opens an issue and the report form', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = feedNetwork();
    net.on('/api/issues.feed', ok(page(1, 1, false)));
    renderPage(IssuesPage, 'pages/issues/index');
    fireEvent.click(await screen.findByText('第1条：路灯不亮'));
    fireEvent.click(screen.getByRole('button', { name: '我要报事' }));
    expect(navigateTo.mock.calls.map((c) => c[0].url)).toEqual([`/packages/issues/detail/index?id=${encodeURIComponent('issue:1')}`, '/packages/issues/report/index']);
    navigateTo.mockRestore();
  });

  it('offers the statistics to the committee only', async () => {
    const net = feedNetwork(committee);
    net.on('/api/issues.feed', ok(page(1, 1, false)));
    renderPage(IssuesPage, 'pages/issues/index');
    expect(await screen.findByRole('button', { name: '报事统计' })).toBeTruthy();
  });
});

const row = (category: string, label: string, over: Record<string, unknown> = {}) => ({
  category,
  label,
  count: 4,
  medianAcceptHours: 3,
  medianFixHours: 50,
  reopenRate: 25,
  averageRating: 4.5,
  ratings: 2,
  closedNotFixed: 1,
  ...over,
});
const stats = {
  from: '2025-08-27T00:00:00Z',
  to: '2025-11-25T00:00:00Z',
  all: row('all', '全部', { count: 6, medianFixHours: null }),
  categories: [row('pipe_leak', '管网漏水'), row('manhole', '井盖更换', { count: 2, averageRating: null, ratings: 0, reopenRate: null })],
  truncated: false,
};

describe('报事统计 (statistics)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('is a table a screen reader can walk: caption, column and row headers', async () => {
    fakeNetwork().on('/api/issues.stats', ok(stats));
    renderPage(StatsPage, 'packages/issues/stats/index');
    const table = await screen.findByRole('table', { name: '各类别报事处理情况（近 90 天）' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['类别', '报事数', '受理用时（中位数）', '修复用时（中位数）', '返修率', '平均评分', '未修好就关闭']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['管网漏水', '井盖更换', '全部类别合计']);
    const leak = within(table).getByRole('rowheader', { name: '管网漏水' }).closest('tr') as HTMLElement;
    expect(within(leak).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4 条', '3 小时', '2.1 天', '25%', '4.5 星（2 人评）', '1 条']);
    const manhole = within(table).getByRole('rowheader', { name: '井盖更换' }).closest('tr') as HTMLElement;
    expect(within(manhole).getAllByRole('cell').map((c) => c.textContent)).toContain('暂无');
  });

  it('asks for another period', async () => {
    const net = fakeNetwork();
    net.on('/api/issues.stats', ok(stats));
    renderPage(StatsPage, 'packages/issues/stats/index');
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('radio', { name: '近一年' }));
    await waitFor(() => expect(net.calls.filter((c) => c.path === '/api/issues.stats').map((c) => c.body)).toEqual([{ days: 90 }, { days: 365 }]));
  });

  it('in 长辈模式 gives one two-column table per category', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    fakeNetwork().on('/api/issues.stats', ok(stats));
    renderPage(StatsPage, 'packages/issues/stats/index');
    const leak = await screen.findByRole('table', { name: '管网漏水' });
    expect(within(leak).getByRole('rowheader', { name: '平均评分' })).toBeTruthy();
    expect(screen.getAllByRole('table')).toHaveLength(3);
  });

  it('tells a resident plainly that it is not for them', async () => {
    fakeNetwork().on('/api/issues.stats', refused(403, { code: 'forbidden', message: '你没有权限做这件事' }));
    renderPage(StatsPage, 'packages/issues/stats/index');
    expect(await screen.findByText('你没有权限做这件事')).toBeTruthy();
  });
});

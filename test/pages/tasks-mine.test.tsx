import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MyTasksPage from '../../src/packages/tasks/mine/index';
import { enqueue } from '../../src/services/offlineQueue';
import { fakeNetwork, ok, refused, type FakeNetwork, type ActionAnswer, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/tasks/mine/index';
const HOUR = 3_600_000;

function task(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    title: '主干道路灯维修(3盏)',
    description: '',
    kind: 'repair',
    status: 'open',
    dueAt: new Date(Date.now() + 4 * HOUR).toISOString(),
    overdue: false,
    issueId: 'issue:1',
    placeLabel: '主干道',
    assigneeId: 'user:demo-staff',
    route: null,
    doneAt: null,
    ...over,
  };
}

const lists = {
  overdue: [task('task:late', { title: '更换主干道井盖', dueAt: new Date(Date.now() - 5 * HOUR).toISOString(), overdue: true })],
  today: [task('task:today')],
  upcoming: [task('task:meters', { title: '凌晨抄水表:桥东线', kind: 'meter_reading', issueId: null, placeLabel: '', route: '桥东', dueAt: new Date(Date.now() + 50 * HOUR).toISOString() })],
  done: [task('task:done', { title: '19栋301楼上水管漏水', status: 'done', doneAt: '2025-10-22T05:00:00Z' })],
};
const staffMe = { user: { id: 'user:demo-staff', name: '刘师傅', roles: ['staff'], phone: null }, units: [], claims: [] };

function open(net: FakeNetwork = fakeNetwork(), me: FixtureOf<'me'> = staffMe) {
  net.on('/api/me', ok(me));
  renderPage(MyTasksPage, ROUTE);
  return net;
}

describe('我的任务 (my tasks)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => jest.restoreAllMocks());

  it('接收派单提醒: says how many reminders are left and asks for one more at the tap', async () => {
    const net = fakeNetwork();
    net.on('/api/tasks.mine', ok(lists));
    let left = 0;
    net.on('/api/subscriptions.templates', () => ok({ templates: [{ kind: 'task.assigned', templateId: 'T-task', title: '任务指派通知', refused: false, always: false, left }], mainSwitch: true }));
    net.on('/api/subscriptions.record', () => {
      left += 1;
      return ok({ accepted: 1 });
    });
    open(net);
    expect(await screen.findByText('派单提醒已用完：点下面的按钮，新派的任务会通知你')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '接收派单提醒' }));
    expect(await screen.findByText('还能收到 1 次派单提醒')).toBeTruthy();
    expect(net.calls.find((c) => c.path === '/api/subscriptions.record')?.body).toEqual({ results: { 'T-task': 'accept' } });
  });

  it('lists overdue tasks first, marked in words, then today, upcoming and lately done', async () => {
    const net = fakeNetwork();
    net.on('/api/tasks.mine', ok(lists));
    open(net);

    const headings = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
    expect(headings).toEqual(['已超时（1）', '今天（1）', '以后（1）', '最近完成（1）']);
    const late = screen.getByRole('button', { name: /更换主干道井盖/ });
    // Overdue is said, not only drawn in red.
    expect(within(late).getByText('⚠ 已超时')).toBeTruthy();
    expect(within(late).getByText(/已超时 5 小时/)).toBeTruthy();
    expect(within(screen.getByRole('button', { name: /主干道路灯维修/ })).queryByText('⚠ 已超时')).toBeNull();
    expect(within(screen.getByRole('button', { name: /凌晨抄水表/ })).getByText('抄水表 · 桥东线')).toBeTruthy();
    expect(within(screen.getByRole('button', { name: /19栋301楼上水管漏水/ })).getByText('已完成')).toBeTruthy();
  });

  it('opens the task detail from a row', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/tasks.mine', ok(lists));
    open(net);

    fireEvent.click(await screen.findByRole('button', { name: /更换主干道井盖/ }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/tasks/detail/index?id=task%3Alate' });
    fireEvent.keyDown(screen.getByRole('button', { name: /凌晨抄水表/ }), { key: 'Enter' });
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/tasks/detail/index?id=task%3Ameters' });
  });

  it('says so when nothing is assigned', async () => {
    const net = fakeNetwork();
    net.on('/api/tasks.mine', ok({ overdue: [], today: [], upcoming: [], done: [] }));
    open(net);
    expect(await screen.findByText('暂时没有派给您的任务。')).toBeTruthy();
    expect(screen.queryByText(/待发送/)).toBeNull();
  });

  it('shows the server refusal plainly and retries', async () => {
    const net = fakeNetwork();
    let answer: ActionAnswer<'tasks.mine'> = refused(403, { code: 'forbidden', message: '你没有权限做这件事' });
    net.on('/api/tasks.mine', () => answer);
    open(net);
    expect(await screen.findByText('你没有权限做这件事')).toBeTruthy();
    answer = ok(lists);
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('button', { name: /更换主干道井盖/ })).toBeTruthy();
  });

  it('without signal shows the list kept on the phone, says it is old, and marks a finish waiting to be sent', async () => {
    const first = fakeNetwork();
    first.on('/api/tasks.mine', ok(lists));
    const { unmount } = renderPage(MyTasksPage, ROUTE);
    first.on('/api/me', ok(staffMe));
    await screen.findByRole('button', { name: /更换主干道井盖/ });
    unmount();

    enqueue('tasks.finish', { taskId: 'task:late', note: '换好了' }, { label: '完成：更换主干道井盖' });
    const net = fakeNetwork();
    net.on('/api/tasks.mine', () => {
      throw new TypeError('Failed to fetch');
    });
    net.on('/api/me', () => {
      throw new TypeError('Failed to fetch');
    });
    jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderPage(MyTasksPage, ROUTE);

    expect(await screen.findByText(/没有网络：下面是 .* 保存在手机上的内容。/)).toBeTruthy();
    expect(screen.getByText('1 条待发送')).toBeTruthy();
    const late = screen.getByRole('button', { name: /更换主干道井盖/ });
    expect(within(late).getByText('待发送')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/tasks.finish')).toBe(false);
  });

  it('offers the dispatch board to a manager', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/tasks.mine', ok({ overdue: [], today: [], upcoming: [], done: [] }));
    open(net, { ...staffMe, user: { ...staffMe.user, roles: ['manager'] } });
    fireEvent.click(await screen.findByRole('button', { name: '派单看板' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/tasks/board/index' });
  });

  it('works in 长辈模式: the page is enlarged and nothing pops up', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    const net = fakeNetwork();
    net.on('/api/tasks.mine', ok(lists));
    const { container } = renderPage(MyTasksPage, ROUTE);
    net.on('/api/me', ok(staffMe));
    await screen.findByRole('button', { name: /更换主干道井盖/ });
    expect(container.querySelector('.gz-page')?.classList.contains('elder')).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getAllByText('⚠ 已超时')).toHaveLength(1));
  });
});

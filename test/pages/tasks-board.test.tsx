import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import DispatchBoardPage from '../../src/packages/tasks/board/index';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';
import { chinaDate, chinaDayStart, fromChina } from '../../src/domain/chinaTime';

const ROUTE = 'packages/tasks/board/index';
const HOUR = 3_600_000;

function issue(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    category: 'green_waste',
    categoryLabel: '绿化垃圾清运',
    placeLabel: '绿化带',
    description: '修剪下来的树枝堆在绿化带一个星期了,没人清运。',
    status: 'reported',
    statusLabel: '待受理',
    closedAs: null,
    visibility: 'public',
    seconds: 2,
    comments: 0,
    priority: 7,
    createdAt: new Date(Date.now() - 36 * HOUR).toISOString(),
    thumb: null,
    rating: null,
    acceptOverdue: true,
    actionOverdue: false,
    ...over,
  };
}

function task(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    title: '主干道路灯维修(3盏)',
    description: '',
    kind: 'repair',
    status: 'open',
    dueAt: new Date(Date.now() + 20 * HOUR).toISOString(),
    overdue: false,
    issueId: 'issue:lights',
    placeLabel: '主干道',
    assigneeId: 'user:demo-staff',
    route: null,
    doneAt: null,
    ...over,
  };
}

const lights = task('task:lights');
const lateManhole = task('task:manhole', { title: '更换主干道井盖', assigneeId: 'user:demo-staff-2', overdue: true, dueAt: new Date(Date.now() - 30 * HOUR).toISOString() });
const loose = task('task:loose', { title: '清理配电房', assigneeId: null, kind: 'cleaning' });

const board = {
  toAccept: [issue('issue:waste')],
  toAssign: [issue('issue:drain', { category: 'drain', categoryLabel: '管网疏通', placeLabel: '19栋楼道', description: '19栋二楼楼道下水管堵了,返味很重。', status: 'accepted', statusLabel: '已受理', acceptOverdue: false })],
  overdueIssues: 1,
  unassigned: [loose],
  overdue: [lateManhole],
  byStaff: [
    { id: 'user:demo-staff', name: '刘师傅', open: 1, overdue: 0, tasks: [lights] },
    { id: 'user:demo-staff-2', name: '马师傅', open: 1, overdue: 1, tasks: [lateManhole] },
  ],
};
const staff = { staff: [{ id: 'user:demo-staff', name: '刘师傅' }, { id: 'user:demo-staff-2', name: '马师傅' }] };
const recurrences = { recurrences: [{ id: 'rec:1', title: '清扫19栋楼道(每周免费保洁)', kind: 'cleaning', rule: '每周一 08:00', assigneeId: 'user:demo-staff', route: null }] };

function open(net: FakeNetwork = fakeNetwork()): FakeNetwork {
  net.on('/api/tasks.board', ok(board));
  net.on('/api/staff.list', ok(staff));
  net.on('/api/recurrences.list', ok(recurrences));
  renderPage(DispatchBoardPage, ROUTE);
  return net;
}

const bodies = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`).map((c) => c.body as Record<string, unknown>);
const cardOf = (el: HTMLElement) => el.closest('.gz-card') as HTMLElement;
const boardLoads = (net: FakeNetwork) => net.calls.filter((c) => c.path === '/api/tasks.board').length;

describe('派单看板 (dispatch board)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('shows waiting reports with the overdue mark in words, tasks nobody has, overdue tasks, each staff member’s load and the recurring tasks', async () => {
    open();
    expect(await screen.findByRole('heading', { level: 2, name: '待受理的报事（1）' })).toBeTruthy();
    const waste = cardOf(screen.getByText('修剪下来的树枝堆在绿化带一个星期了,没人清运。'));
    expect(within(waste).getByText('⚠ 超过 24 小时未受理')).toBeTruthy();
    expect(within(waste).getByText(/2 人附议/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '已受理，待派单（1）' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '未指派的工单（1）' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '已超时的工单（1）' })).toBeTruthy();
    expect(screen.getByText('1 个未完成，其中 1 个已超时')).toBeTruthy();
    expect(screen.getAllByText('⚠ 已超时')).toHaveLength(2); // in 已超时 and under 马师傅
    const rec = cardOf(await screen.findByText('清扫19栋楼道(每周免费保洁)')) ?? (screen.getByText('清扫19栋楼道(每周免费保洁)').closest('.gz-row') as HTMLElement);
    expect(within(rec).getByText('负责：刘师傅')).toBeTruthy();
    expect(within(rec).getByText(/每周一 08:00/)).toBeTruthy();
  });

  it('accepts a report and reloads the board', async () => {
    const net = open();
    net.on('/api/issues.transition', ok({ issue: { id: 'issue:waste', status: 'accepted', statusLabel: '已受理', closedAs: null } }));
    fireEvent.click(await screen.findByRole('button', { name: '受理：绿化垃圾清运：绿化带' }));
    expect(await screen.findByText('绿化垃圾清运：绿化带：已受理，可以派单了。')).toBeTruthy();
    expect(bodies(net, 'issues.transition')).toEqual([{ issueId: 'issue:waste', transition: 'accept' }]);
    await waitFor(() => expect(boardLoads(net)).toBe(2));
  });

  it('rejects only with a reason written in place, and shows the server message under it', async () => {
    const net = open();
    net.on('/api/issues.transition', refused(400, { code: 'invalid', field: 'note', message: '请写明理由' }));
    fireEvent.click(await screen.findByRole('button', { name: '不受理：绿化垃圾清运：绿化带' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '确认不受理' }));
    expect(screen.getByText('请写明不受理的原因')).toBeTruthy();
    expect(bodies(net, 'issues.transition')).toEqual([]);

    const reason = screen.getByRole('textbox', { name: '不受理的原因（报事人会看到）' }) as HTMLTextAreaElement;
    fireEvent.change(reason, { target: { value: '树枝由园林局统一清运' } });
    fireEvent.click(screen.getByRole('button', { name: '确认不受理' }));
    expect(await screen.findByText('请写明理由')).toBeTruthy();
    expect(reason.value).toBe('树枝由园林局统一清运');
    expect(bodies(net, 'issues.transition')).toEqual([{ issueId: 'issue:waste', transition: 'reject', note: '树枝由园林局统一清运' }]);
  });

  it('creates a task from an accepted report: title from the report, a staff member, a due time', async () => {
    const net = open();
    net.on('/api/tasks.create', ok({ task: { id: 'task:new', status: 'open', assigneeId: 'user:demo-staff', dueAt: '2025-11-26T04:00:00Z' } }));
    fireEvent.click(await screen.findByRole('button', { name: '派单：管网疏通：19栋楼道' }));

    const title = screen.getByRole('textbox', { name: '工单标题' }) as HTMLInputElement;
    expect(title.value).toBe('管网疏通：19栋楼道');
    expect(screen.getByRole('radio', { name: '维修' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: '刘师傅' }));
    fireEvent.click(screen.getByRole('radio', { name: '明天 12:00' }));
    fireEvent.click(screen.getByRole('button', { name: '创建工单' }));

    expect(await screen.findByText('管网疏通：19栋楼道：已派给刘师傅。')).toBeTruthy();
    // 明天 12:00 is China time, on China's calendar, whatever the zone the test runs in.
    const due = fromChina(chinaDate(chinaDayStart(new Date(), 1)), '12:00').toISOString();
    expect(bodies(net, 'tasks.create')).toEqual([{ issueId: 'issue:drain', title: '管网疏通：19栋楼道', kind: 'repair', assigneeId: 'user:demo-staff', dueAt: due }]);
  });

  it('takes a due time of one’s own and shows the server’s field message under the field', async () => {
    const net = open();
    net.on('/api/tasks.create', refused(400, { code: 'invalid', field: 'dueAt', message: '完成时间不能早于现在' }));
    fireEvent.click(await screen.findByRole('button', { name: '派单：管网疏通：19栋楼道' }));
    fireEvent.click(screen.getByRole('radio', { name: '其他时间' }));
    fireEvent.change(screen.getByLabelText('完成日期'), { target: { value: '2020-01-02' } });
    fireEvent.change(screen.getByLabelText('完成时刻'), { target: { value: '09:30' } });
    fireEvent.click(screen.getByRole('button', { name: '创建工单' }));

    const field = document.getElementById('time-issue:drain-field') as HTMLElement;
    expect(await within(field).findByText('完成时间不能早于现在')).toBeTruthy();
    expect(bodies(net, 'tasks.create')[0]).toMatchObject({ assigneeId: null, dueAt: '2020-01-02T01:30:00.000Z' }); // 09:30 China time
    expect((screen.getByRole('textbox', { name: '工单标题' }) as HTMLInputElement).value).toBe('管网疏通：19栋楼道');
  });

  it('reassigns a task to another staff member', async () => {
    const net = open();
    net.on('/api/tasks.assign', ok({ task: { id: 'task:manhole', assigneeId: 'user:demo-staff' } }));
    await screen.findByText('清理配电房');
    const buttons = screen.getAllByRole('button', { name: '改派：更换主干道井盖' });
    fireEvent.click(buttons[0]);
    const choices = screen.getByRole('radiogroup', { name: '改派给' });
    expect(within(choices).queryByRole('radio', { name: '马师傅' })).toBeNull();
    fireEvent.click(within(choices).getByRole('radio', { name: '刘师傅' }));
    fireEvent.click(screen.getByRole('button', { name: '确认改派' }));
    expect(await screen.findByText('更换主干道井盖：已改派给刘师傅。')).toBeTruthy();
    expect(bodies(net, 'tasks.assign')).toEqual([{ taskId: 'task:manhole', assigneeId: 'user:demo-staff' }]);
  });

  it('shows a refused reassignment plainly (409)', async () => {
    const net = open();
    net.on('/api/tasks.assign', refused(409, { code: 'conflict', message: '工单已经完成,不能改派' }));
    await screen.findByText('清理配电房');
    fireEvent.click(screen.getByRole('button', { name: '派单：清理配电房' }));
    fireEvent.click(screen.getByRole('radio', { name: '马师傅' }));
    fireEvent.click(screen.getByRole('button', { name: '确认改派' }));
    expect(await screen.findByText('工单已经完成,不能改派')).toBeTruthy();
  });

  it('adds a recurring task: every month on a day 1–28, checked before sending', async () => {
    const net = open();
    net.on('/api/recurrences.create', ok({ recurrence: { id: 'rec:2', title: '凌晨抄水表:海韵线', rule: '每月1日 05:00' } }));
    fireEvent.click(await screen.findByRole('button', { name: '添加周期性任务' }));
    fireEvent.input(screen.getByRole('textbox', { name: '任务名称' }), { target: { value: '凌晨抄水表:海韵线' } });
    fireEvent.click(screen.getByRole('radio', { name: '抄水表' }));
    fireEvent.click(screen.getByRole('radio', { name: '每月' }));
    fireEvent.input(screen.getByRole('textbox', { name: '每月几号（1–28）' }), { target: { value: '29' } });
    fireEvent.change(screen.getByLabelText('几点开始'), { target: { value: '05:00' } });
    fireEvent.click(screen.getByRole('button', { name: '保存周期性任务' }));
    expect(screen.getByText('请填写 1 到 28 之间的日期')).toBeTruthy();
    expect(screen.getByText('抄水表任务请填写抄表路线')).toBeTruthy();
    expect(bodies(net, 'recurrences.create')).toEqual([]);

    fireEvent.input(screen.getByRole('textbox', { name: '每月几号（1–28）' }), { target: { value: '1' } });
    fireEvent.input(screen.getByRole('textbox', { name: '抄表路线' }), { target: { value: '海韵' } });
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '派给谁' })).getByRole('radio', { name: '刘师傅' }));
    fireEvent.click(screen.getByRole('button', { name: '保存周期性任务' }));

    expect(await screen.findByText('凌晨抄水表:海韵线：已保存：每月1日 05:00')).toBeTruthy();
    expect(bodies(net, 'recurrences.create')).toEqual([
      { title: '凌晨抄水表:海韵线', kind: 'meter_reading', rule: { freq: 'monthly', day: 1, time: '05:00' }, assigneeId: 'user:demo-staff', durationHours: 4, route: '海韵' },
    ]);
  });

  it('adds a weekly one and shows the server’s message for the rule under the right field', async () => {
    const net = open();
    net.on('/api/recurrences.create', refused(400, { code: 'invalid', field: 'rule.time', message: '时间格式应为 08:00' }));
    fireEvent.click(await screen.findByRole('button', { name: '添加周期性任务' }));
    fireEvent.input(screen.getByRole('textbox', { name: '任务名称' }), { target: { value: '清扫3栋楼道' } });
    fireEvent.click(screen.getByRole('radio', { name: '星期三' }));
    fireEvent.click(screen.getByRole('button', { name: '保存周期性任务' }));
    const field = document.getElementById('rec-time-field') as HTMLElement;
    expect(await within(field).findByText('时间格式应为 08:00')).toBeTruthy();
    expect(bodies(net, 'recurrences.create')).toEqual([{ title: '清扫3栋楼道', kind: 'cleaning', rule: { freq: 'weekly', weekday: 3, time: '08:00' }, assigneeId: null, durationHours: 4 }]);
  });

  it('tells someone who is not the manager plainly', async () => {
    const net = fakeNetwork();
    const no = refused(403, { code: 'forbidden', message: '你没有权限做这件事' });
    net.on('/api/tasks.board', no);
    net.on('/api/staff.list', no);
    net.on('/api/recurrences.list', no);
    renderPage(DispatchBoardPage, ROUTE);
    expect(await screen.findByText('你没有权限做这件事')).toBeTruthy();
    expect(screen.queryByText('周期性任务')).toBeNull();
  });

  it('works in 长辈模式: every choice is on the page, nothing pops up', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    open();
    fireEvent.click(await screen.findByRole('button', { name: '派单：管网疏通：19栋楼道' }));
    expect(document.querySelector('.gz-page.elder')).toBeTruthy();
    expect(screen.getByRole('radio', { name: '马师傅' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('派单看板 across the company’s compounds', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  const row = (id: string, compoundId: string, compoundName: string, over: Record<string, unknown> = {}) => ({ id, compoundId, compoundName, title: `${compoundName}修门禁`, kind: 'repair', status: 'open', dueAt: new Date(Date.now() + 20 * HOUR).toISOString(), overdue: false, assigneeId: null, assigneeName: null, ...over });
  const compounds = [
    { id: 'qiaoya', name: '侨亚小区', role: 'manager' },
    { id: 'jinxiu', name: '锦绣花园', role: 'manager' },
  ];
  const across = (raw: unknown) => {
    const body = raw as Record<string, unknown>;
    const only = typeof body.compound === 'string' ? body.compound : null;
    const all = [row('task:a', 'qiaoya', '侨亚小区', { assigneeId: 'user:demo-staff', assigneeName: '刘师傅' }), row('task:b', 'jinxiu', '锦绣花园', { overdue: true })];
    return ok({ compounds, filter: only, tasks: all.filter((t) => !only || t.compoundId === only), truncated: false });
  };

  it('lists every compound’s open tasks, each naming its compound', async () => {
    const net = fakeNetwork();
    net.on('/api/tasks.acrossCompounds', across);
    open(net);
    expect(await screen.findByRole('heading', { level: 2, name: '各小区的工单（2）' })).toBeTruthy();
    const b = cardOf(screen.getByText('锦绣花园修门禁'));
    expect(within(b).getByText('锦绣花园')).toBeTruthy();
    expect(within(b).getByText('⚠ 已超时')).toBeTruthy();
    expect(within(b).getByText('未指派')).toBeTruthy();
    expect(within(cardOf(screen.getByText('侨亚小区修门禁'))).getByText('负责：刘师傅')).toBeTruthy();
    expect(bodies(net, 'tasks.acrossCompounds')[0]).toEqual({});
  });

  it('filters by compound and keeps the choice across a reload', async () => {
    const net = fakeNetwork();
    net.on('/api/tasks.acrossCompounds', across);
    const first = open(net);
    fireEvent.click(await screen.findByRole('radio', { name: '锦绣花园' }));
    await waitFor(() => expect(bodies(first, 'tasks.acrossCompounds').at(-1)).toEqual({ compound: 'jinxiu' }));
    await waitFor(() => expect(screen.queryByText('侨亚小区修门禁')).toBeNull());
    expect(screen.getByText('锦绣花园修门禁')).toBeTruthy();
    cleanup();
    // The page opens again (a reload): the same filter, asked for at once.
    const again = fakeNetwork();
    again.on('/api/tasks.acrossCompounds', across);
    open(again);
    expect(await screen.findByText('锦绣花园修门禁')).toBeTruthy();
    expect(bodies(again, 'tasks.acrossCompounds')).toEqual([{ compound: 'jinxiu' }]);
    expect(screen.getByRole('radio', { name: '锦绣花园' }).getAttribute('aria-checked')).toBe('true');
  });

  it('moves a task in its own compound: the staff list and the assignment are sent to 锦绣花园', async () => {
    const net = fakeNetwork();
    net.on('/api/tasks.acrossCompounds', across);
    net.on('/api/tasks.assign', ok({ task: { id: 'task:b', assigneeId: 'user:demo-staff' } }));
    open(net);
    fireEvent.click(await screen.findByRole('button', { name: '派单:锦绣花园 锦绣花园修门禁' }));
    fireEvent.click(await screen.findByRole('radio', { name: '刘师傅' }));
    fireEvent.click(screen.getByRole('button', { name: '确认改派' }));
    expect(await screen.findByText('锦绣花园 · 锦绣花园修门禁:已改派给刘师傅。')).toBeTruthy();
    const sent = net.calls.filter((c) => c.path === '/api/tasks.assign');
    expect(sent.map((c) => [c.body, c.headers['x-gongzhi-compound']])).toEqual([[{ taskId: 'task:b', assigneeId: 'user:demo-staff' }, 'jinxiu']]);
    expect(net.calls.filter((c) => c.path === '/api/staff.list').map((c) => c.headers['x-gongzhi-compound'])).toContain('jinxiu');
  });

  it('shows nothing extra to a manager of one compound', async () => {
    const net = fakeNetwork();
    net.on('/api/tasks.acrossCompounds', ok({ compounds: [compounds[0]], filter: null, tasks: [], truncated: false }));
    open(net);
    await screen.findByRole('heading', { level: 2, name: '待受理的报事（1）' });
    expect(screen.queryByText(/各小区的工单/)).toBeNull();
  });
});

describe('我的任务 for staff of several compounds', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('lists their own tasks in each compound, naming it, with nothing to move', async () => {
    const { default: MyTasksPage } = await import('../../src/packages/tasks/mine/index');
    const net = fakeNetwork();
    net.on('/api/me', ok({ user: { id: 'user:demo-staff', name: '刘师傅', roles: ['staff'], phone: null } }));
    net.on('/api/tasks.mine', ok({ overdue: [], today: [], upcoming: [], done: [] }));
    net.on(
      '/api/tasks.acrossCompounds',
      ok({
        compounds: [
          { id: 'qiaoya', name: '侨亚小区', role: 'staff' },
          { id: 'jinxiu', name: '锦绣花园', role: 'staff' },
        ],
        filter: null,
        tasks: [{ id: 'task:j', compoundId: 'jinxiu', compoundName: '锦绣花园', title: '锦绣花园换灯', kind: 'repair', status: 'open', dueAt: new Date(Date.now() + HOUR).toISOString(), overdue: false, assigneeId: 'user:demo-staff', assigneeName: '刘师傅' }],
        truncated: false,
      }),
    );
    renderPage(MyTasksPage, 'packages/tasks/mine/index');
    expect(await screen.findByRole('heading', { level: 2, name: '我在各小区的工单（1）' })).toBeTruthy();
    const card = cardOf(screen.getByText('锦绣花园换灯'));
    expect(within(card).getByText('锦绣花园')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /派单|改派/ })).toBeNull();
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import Taro from '@tarojs/taro';
import TaskDetailPage from '../../src/packages/tasks/detail/index';
import { demoPng } from '../../server/demo/activity';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/tasks/detail/index';
const HOUR = 3_600_000;
const PNG = Buffer.from(demoPng([10, 120, 60]));

function task(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    title: '绿化垃圾清运：绿化带',
    description: '',
    kind: 'cleaning',
    status: 'open',
    dueAt: new Date(Date.now() + 4 * HOUR).toISOString(),
    overdue: false,
    issueId: 'issue:waste',
    placeLabel: '绿化带',
    assigneeId: 'user:demo-staff',
    route: null,
    doneAt: null,
    ...over,
  };
}

const issue = {
  issue: { id: 'issue:waste', categoryLabel: '绿化垃圾清运', placeLabel: '绿化带', statusLabel: '处理中', description: '修剪下来的树枝堆在绿化带一个星期了,没人清运。', reporterName: '李明' },
  timeline: [],
  tasks: [],
  comments: [],
  can: { transitions: [], second: false, rate: false, comment: true, assign: false },
  secondedByMe: false,
};

function open(t: ReturnType<typeof task>, net: FakeNetwork = fakeNetwork()): FakeNetwork {
  net.on('/api/tasks.mine', ok({ overdue: t.overdue ? [t] : [], today: t.overdue ? [] : [t], upcoming: [], done: [] }));
  net.on('/api/issues.get', ok(issue));
  (Current as { router: unknown }).router = { params: { id: encodeURIComponent(t.id) }, path: `/${ROUTE}` };
  renderPage(TaskDetailPage, ROUTE);
  return net;
}

const note = () => screen.getByRole('textbox', { name: '处理说明' }) as HTMLTextAreaElement;
const bodiesOf = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`).map((c) => c.body as Record<string, unknown>);

function choosePhoto() {
  const input = screen.getByLabelText(/处理后的照片（必填）：/) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([PNG], 'after.png', { type: 'image/png' })] } });
}

describe('任务详情 (task detail)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
    jest.restoreAllMocks();
  });

  it('shows what, where and when, with the issue it came from and a link to it', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    open(task('task:1', { overdue: true, dueAt: new Date(Date.now() - 3 * HOUR).toISOString() }));

    expect(await screen.findByRole('heading', { level: 1, name: '绿化垃圾清运：绿化带' })).toBeTruthy();
    expect(screen.getByText('⚠ 已超时')).toBeTruthy();
    expect(screen.getByText(/已超时 3 小时/)).toBeTruthy();
    expect(screen.getByText('保洁')).toBeTruthy();
    expect(await screen.findByText('修剪下来的树枝堆在绿化带一个星期了,没人清运。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '查看报事详情' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/issues/detail/index?id=issue%3Awaste' });
  });

  it('starts the task', async () => {
    const net = open(task('task:1'));
    net.on('/api/tasks.start', ok({ task: { id: 'task:1', status: 'in_progress' } }));
    fireEvent.click(await screen.findByRole('button', { name: '开始处理' }));
    expect(await screen.findByText('已开始处理。')).toBeTruthy();
    expect(bodiesOf(net, 'tasks.start')).toEqual([{ taskId: 'task:1' }]);
    expect(screen.getByText('处理中')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '开始处理' })).toBeNull();
  });

  it('shows plainly that the task is not assigned to this person (403)', async () => {
    const net = open(task('task:1'));
    net.on('/api/tasks.start', refused(403, { code: 'forbidden', message: '这张工单不是派给你的' }));
    fireEvent.click(await screen.findByRole('button', { name: '开始处理' }));
    expect(await screen.findByText('这张工单不是派给你的')).toBeTruthy();
  });

  it('asks for a note and an after-photo before anything is sent', async () => {
    const net = open(task('task:1'));
    fireEvent.click(await screen.findByRole('button', { name: '完成任务' }));
    expect(within(document.getElementById('note-field') as HTMLElement).getByText('请写明做了什么')).toBeTruthy();
    expect(within(document.getElementById('photo-field') as HTMLElement).getByText('请拍一张处理后的照片')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/tasks.finish' || c.path === '/api/photos.upload')).toBe(false);
  });

  it('finishes with a note and the after-photo: uploads the photo, then finishes with its id and an opId', async () => {
    const net = open(task('task:1'));
    net.on('/api/photos.upload', ok({ fileId: 'file:after', url: '/files/after.png', bytes: PNG.length, type: 'image/png' }));
    net.on('/api/tasks.finish', ok({ task: { id: 'task:1', status: 'done', doneAt: new Date().toISOString() }, issueStatus: 'done', replay: false }));

    fireEvent.input(await screen.findByRole('textbox', { name: '处理说明' }), { target: { value: '树枝已经全部清运到垃圾站。' } });
    choosePhoto();
    expect(await screen.findByRole('img', { name: '处理后照片预览' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '完成任务' }));

    expect(await screen.findByText(/任务已完成。报事现在是“已完成待确认”/)).toBeTruthy();
    // The bytes go to storage (/upload); the action carries only the file id storage answered.
    const stored = net.calls.filter((c) => c.path === '/upload');
    expect(stored).toHaveLength(1);
    expect(Buffer.from(stored[0].body as ArrayBuffer).equals(PNG)).toBe(true);
    expect(bodiesOf(net, 'photos.upload')).toEqual([{ fileId: expect.stringMatching(/^local:\/\/gongzhi\/uploads\/[0-9a-f]{32}\//) }]);
    const [finish] = bodiesOf(net, 'tasks.finish');
    expect(finish).toMatchObject({ taskId: 'task:1', note: '树枝已经全部清运到垃圾站。', photos: ['file:after'] });
    expect(String(finish.opId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(screen.queryByRole('button', { name: '完成任务' })).toBeNull();
    expect(screen.queryByText(/待发送/)).toBeNull();
  });

  it('refuses a photo the server cannot take, before finishing', async () => {
    const net = open(task('task:1'));
    fireEvent.input(await screen.findByRole('textbox', { name: '处理说明' }), { target: { value: '好了' } });
    const input = screen.getByLabelText(/处理后的照片（必填）：/) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['GIF89a-not-allowed'], 'x.gif', { type: 'image/gif' })] } });
    const field = document.getElementById('photo-field') as HTMLElement;
    expect(await within(field).findByText('没能读取这张照片：只能上传 JPEG、PNG 或 WebP 格式的照片，请换一张')).toBeTruthy();
    expect(within(field).queryByRole('img')).toBeNull();
    expect(net.calls.some((c) => c.path === '/api/photos.upload')).toBe(false);
  });

  it('says plainly that a task cannot be finished twice (409) and keeps the note', async () => {
    const net = open(task('task:1'));
    net.on('/api/photos.upload', ok({ fileId: 'file:after', url: '/files/after.png', bytes: 10, type: 'image/png' }));
    net.on('/api/tasks.finish', refused(409, { code: 'conflict', message: '工单已经完成了,不能重复完成' }));
    fireEvent.input(await screen.findByRole('textbox', { name: '处理说明' }), { target: { value: '清运完毕' } });
    choosePhoto();
    await screen.findByRole('img', { name: '处理后照片预览' });
    fireEvent.click(screen.getByRole('button', { name: '完成任务' }));

    expect(await screen.findByText('工单已经完成了,不能重复完成')).toBeTruthy();
    expect(note().value).toBe('清运完毕');
    // Not left over as "没有发送成功": it was said here.
    expect(screen.queryByText(/没有发送成功/)).toBeNull();
  });

  it('without signal keeps the finish and its photo on the phone, then sends them once when the network returns', async () => {
    const net = open(task('task:1'));
    net.on('/api/photos.upload', ok({ fileId: 'file:after', url: '/files/after.png', bytes: 10, type: 'image/png' }));
    net.on('/api/tasks.finish', ok({ task: { id: 'task:1', status: 'done', doneAt: new Date().toISOString() }, issueStatus: 'done', replay: false }));
    fireEvent.input(await screen.findByRole('textbox', { name: '处理说明' }), { target: { value: '清运完毕' } });
    choosePhoto();
    await screen.findByRole('img', { name: '处理后照片预览' });

    const online = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    fireEvent.click(screen.getByRole('button', { name: '完成任务' }));
    expect(await screen.findByText(/没有网络：完成记录和照片已保存在手机上/)).toBeTruthy();
    expect(screen.getByText('1 条待发送')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/tasks.finish' || c.path === '/api/photos.upload')).toBe(false);

    online.mockReturnValue(true);
    net.on('/api/tasks.mine', ok({ overdue: [], today: [], upcoming: [], done: [task('task:1', { status: 'done', doneAt: new Date().toISOString() })] }));
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('这张工单已经完成。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/条待发送/)).toBeNull());
    expect(bodiesOf(net, 'photos.upload')).toHaveLength(1);
    expect(bodiesOf(net, 'tasks.finish')).toHaveLength(1);
    expect(bodiesOf(net, 'tasks.finish')[0]).toMatchObject({ taskId: 'task:1', note: '清运完毕', photos: ['file:after'] });
  });

  it('opens the meter round of a meter-reading task for its route and month; the photo is optional', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const due = new Date(2025, 10, 26, 5, 0);
    open(task('task:m', { title: '凌晨抄水表:桥东线', kind: 'meter_reading', issueId: null, placeLabel: '', route: '桥东', dueAt: due.toISOString() }));

    fireEvent.click(await screen.findByRole('button', { name: '开始抄表：桥东线' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/tasks/meters/index?route=${encodeURIComponent('桥东')}&period=2025-11&task=task%3Am` });
    expect(screen.getByText('可以不拍照片')).toBeTruthy();
    expect(screen.getByLabelText(/^处理后的照片：/)).toBeTruthy();
  });

  it('in 长辈模式 says everything in place, without pop-ups', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    const toast = jest.spyOn(Taro, 'showToast');
    const modal = jest.spyOn(Taro, 'showModal');
    const net = open(task('task:1'));
    net.on('/api/tasks.start', ok({ task: { id: 'task:1', status: 'in_progress' } }));
    fireEvent.click(await screen.findByRole('button', { name: '开始处理' }));
    expect(await screen.findByText('已开始处理。')).toBeTruthy();
    expect(document.querySelector('.gz-page.elder')).toBeTruthy();
    expect(toast).not.toHaveBeenCalled();
    expect(modal).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('任务详情: a task that is not yours', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('says it cannot be found when it is neither the caller’s nor on the board', async () => {
    const net = fakeNetwork();
    net.on('/api/tasks.mine', ok({ overdue: [], today: [], upcoming: [], done: [] }));
    net.on('/api/tasks.board', refused(403, { code: 'forbidden', message: '你没有权限做这件事' }));
    (Current as { router: unknown }).router = { params: { id: 'task:gone' }, path: `/${ROUTE}` };
    renderPage(TaskDetailPage, ROUTE);
    expect(await screen.findByText(/找不到这张工单/)).toBeTruthy();
  });

  it('shows the manager a task given to someone else, read only', async () => {
    const net = fakeNetwork();
    const other = task('task:liu', { assigneeId: 'user:demo-staff' });
    net.on('/api/tasks.mine', ok({ overdue: [], today: [], upcoming: [], done: [] }));
    net.on('/api/tasks.get', ok({ task: { ...other, note: null, photos: [] } }));
    net.on('/api/issues.get', ok(issue));
    (Current as { router: unknown }).router = { params: { id: 'task:liu' }, path: `/${ROUTE}` };
    renderPage(TaskDetailPage, ROUTE);
    expect(await screen.findByText('这张工单派给了别人，您只能查看。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '完成任务' })).toBeNull();
  });
});

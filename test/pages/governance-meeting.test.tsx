import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import MeetingPage from '../../src/packages/governance/meeting/index';
import { fakeNetwork, ok, refused, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/governance/meeting/index';
const fieldOf = (id: string) => document.getElementById(`${id}-field`) as HTMLElement;

const meeting = (over: Record<string, unknown> = {}) => ({
  id: 'meeting:m1',
  title: '三方联动会议',
  at: '2026-11-20T07:00:00Z',
  place: '党群驿站',
  status: 'held',
  statusLabel: '已召开,纪要待通过',
  convenerName: '何书记',
  agenda: [{ id: 'a1', kind: 'issue', issueId: 'issue:1', title: '院墙:北侧院墙有裂缝' }],
  attendees: [
    { userId: 'u1', name: '何书记', party: 'community', partyLabel: '社区', present: true },
    { userId: 'u2', name: '张建国', party: 'committee', partyLabel: '业委会', present: true },
    { userId: 'u3', name: '周经理', party: 'property', partyLabel: '物业', present: true },
  ],
  minutes: { text: '第一稿', version: 1, updatedAt: '2026-11-20T08:00:00Z', updatedBy: '张建国' },
  approvedAt: null,
  decisions: [
    { id: 'd1', agendaId: 'a1', text: '院墙加固', party: 'property', partyLabel: '物业', doer: '刘师傅', dueAt: '2026-12-01T10:00:00Z', state: 'done', stateLabel: '已办结', overdue: false, issue: { id: 'issue:1', statusLabel: '已完成待确认' }, tasks: [{ id: 't1', title: '院墙加固', status: 'done', doneAt: '2026-11-22T00:00:00Z' }] },
    { id: 'd2', agendaId: null, text: '协调燃气公司', party: 'community', partyLabel: '社区', doer: '何书记', dueAt: '2026-11-01T10:00:00Z', state: 'open', stateLabel: '未开始', overdue: true, issue: null, tasks: [] },
  ],
  ...over,
});

function open(data: FixtureOf<'meetings.get'>) {
  const net = fakeNetwork();
  net.on('/api/meetings.get', ok(data));
  net.on('/api/staff.list', ok({ staff: [] }));
  (Current as { router: unknown }).router = { params: { id: 'meeting%3Am1' }, path: `/${ROUTE}` };
  renderPage(MeetingPage, ROUTE);
  return net;
}

describe('会议纪要 (meeting)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('shows each decision’s progress in words, with who does it, its task, and an overdue mark', async () => {
    open({ meeting: meeting({ status: 'published', statusLabel: '纪要已公布', approvedAt: '2026-11-21T00:00:00Z' }), can: { attend: false, amend: false, decide: false, approve: false, assign: false } });
    expect(await screen.findByText('已办结')).toBeTruthy();
    expect(screen.getByText('工单：院墙加固（已完成）')).toBeTruthy();
    expect(screen.getByText('负责：物业 刘师傅')).toBeTruthy();
    expect(screen.getByText('未开始')).toBeTruthy();
    expect(screen.getByText('已超期')).toBeTruthy();
    expect(screen.getByText('第一稿')).toBeTruthy();
    // Published: nothing to edit.
    expect(screen.queryByRole('button', { name: '保存纪要' })).toBeNull();
    expect(screen.queryByRole('button', { name: '记录决定' })).toBeNull();
  });

  it('keeps what the attendee typed when someone else saved the minutes first, shows theirs, and saves on top of it next time', async () => {
    const net = open({ meeting: meeting(), can: { attend: true, amend: true, decide: true, approve: true, assign: false } });
    const box = (await screen.findByRole('textbox', { name: '纪要内容' })) as HTMLTextAreaElement;
    let tries = 0;
    net.on('/api/meetings.minutes', (body) => {
      tries++;
      return tries === 1
        ? refused(409, { code: 'conflict', message: '张建国刚刚改过纪要', details: { version: 2, text: '张建国的第二稿' } })
        : ok({ minutes: { text: (body as { text: string }).text, version: 3, updatedAt: '2026-11-20T09:00:00Z', updatedBy: '何书记' } });
    });
    fireEvent.change(box, { target: { value: '我的修改' } });
    fireEvent.click(screen.getByRole('button', { name: '保存纪要' }));
    expect(await screen.findByText('张建国的第二稿')).toBeTruthy();
    expect(box.value).toBe('我的修改');
    fireEvent.click(screen.getByRole('button', { name: '保存纪要' }));
    await screen.findByText('纪要已保存');
    const sent = net.calls.filter((c) => c.path === '/api/meetings.minutes').map((c) => c.body);
    expect(sent).toEqual([
      { meetingId: 'meeting:m1', text: '我的修改', version: 1 },
      { meetingId: 'meeting:m1', text: '我的修改', version: 2 },
    ]);
  });

  it('keeps a decision’s fields and names the field the server refused', async () => {
    const net = open({ meeting: meeting(), can: { attend: true, amend: true, decide: true, approve: false, assign: false } });
    net.on('/api/meetings.decide', refused(400, { code: 'invalid', message: '负责人不在名单里', field: 'doer' }));
    fireEvent.change(await screen.findByRole('textbox', { name: '决定了什么' }), { target: { value: '广场地砖翻修' } });
    fireEvent.input(screen.getByRole('textbox', { name: '负责人' }), { target: { value: '刘师傅' } });
    fireEvent.click(screen.getByRole('button', { name: '记录决定' }));
    expect(await within(fieldOf('doer')).findByText('负责人不在名单里')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '决定了什么' }) as HTMLTextAreaElement).value).toBe('广场地砖翻修');
    expect((screen.getByRole('textbox', { name: '负责人' }) as HTMLInputElement).value).toBe('刘师傅');
    await waitFor(() => expect(net.calls.some((c) => c.path === '/api/meetings.decide' && (c.body as { then: string }).then === 'task')).toBe(true));
  });

  it('checks a decision with the action’s schema before sending: the empty 负责人 is named under its field, nothing goes out, the text stays', async () => {
    const net = open({ meeting: meeting(), can: { attend: true, amend: true, decide: true, approve: false, assign: false } });
    fireEvent.change(await screen.findByRole('textbox', { name: '决定了什么' }), { target: { value: '  广场地砖翻修 ' } });
    fireEvent.input(screen.getByRole('textbox', { name: '负责人' }), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: '记录决定' }));
    expect(within(fieldOf('doer')).getByText('请填写负责人')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '负责人' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('有几处需要改一下，请看红字提示')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '决定了什么' }) as HTMLTextAreaElement).value).toBe('  广场地砖翻修 ');
    expect(net.calls.some((c) => c.path === '/api/meetings.decide')).toBe(false);

    net.on('/api/meetings.decide', ok({ decision: { id: 'd3', taskIds: ['t3'], issueId: null } }));
    fireEvent.input(screen.getByRole('textbox', { name: '负责人' }), { target: { value: '刘师傅' } });
    expect(within(fieldOf('doer')).queryByText('请填写负责人')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '记录决定' }));
    await waitFor(() => expect(net.calls.some((c) => c.path === '/api/meetings.decide')).toBe(true));
    // What goes out is what the schema made of it: trimmed, with its default.
    expect(net.calls.find((c) => c.path === '/api/meetings.decide')!.body).toMatchObject({ meetingId: 'meeting:m1', agendaId: 'a1', text: '广场地砖翻修', party: 'property', doer: '刘师傅', then: 'task' });
  });

  it('refuses empty minutes under the field before sending, and keeps the box as typed', async () => {
    const net = open({ meeting: meeting(), can: { attend: true, amend: true, decide: false, approve: false, assign: false } });
    const box = (await screen.findByRole('textbox', { name: '纪要内容' })) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: ' \n ' } });
    fireEvent.click(screen.getByRole('button', { name: '保存纪要' }));
    expect(within(fieldOf('minutes')).getByText('请填写会议纪要')).toBeTruthy();
    expect(box.value).toBe(' \n ');
    expect(net.calls.some((c) => c.path === '/api/meetings.minutes')).toBe(false);
  });
});

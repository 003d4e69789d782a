import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import PollDetailPage from '../../src/packages/polls/detail/index';
import { fakeNetwork, ok, refused, type FakeNetwork, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/polls/detail/index';
const committee = { user: { id: 'user:demo-committee', name: '张建国', roles: ['owner', 'committee'], phone: null }, units: [], claims: [] };
const owner = { user: { id: 'user:demo-owner', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] };
const poll = {
  id: 'poll:d1', kind: 'decision', kindLabel: '表决', title: '筹集维修资金', item: 6, itemLabel: '筹集建筑物及其附属设施的维修资金', threshold: '>=3/4',
  description: '', status: 'open', statusLabel: '投票中', allowChange: false, closesAt: '2030-12-31T10:00:00Z', closingMove: null,
  createdAt: '2026-11-20T01:00:00Z', openedAt: '2026-11-20T02:00:00Z', closedAt: null, publishedAt: null,
};
const me = { canVote: false, units: [], proxy: false, ballot: null };

function open(p: FixtureOf<'polls.get'>['poll'], who: FixtureOf<'me'>): FakeNetwork {
  const net = fakeNetwork();
  net.on('/api/polls.get', ok({ poll: p, me }));
  net.on('/api/me', ok(who));
  net.on('/api/polls.progress', refused(404, { code: 'not_found', message: '无' }));
  net.on('/api/polls.nonVoters', ok({ items: [], hasMore: false, nextSkip: 0 }));
  (Current as { router: unknown }).router = { params: { id: encodeURIComponent('poll:d1') }, path: `/${ROUTE}` };
  renderPage(PollDetailPage, ROUTE);
  return net;
}
const moves = (net: FakeNetwork) => net.calls.filter((c) => c.path === '/api/polls.moveClosingTime').map((c) => c.body);

describe('表决详情: moving the closing time', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('lets the committee pick a new time with the drafting picker, give a reason, and confirm on the page', async () => {
    const net = open(poll, committee);
    fireEvent.click(await screen.findByRole('button', { name: '修改截止时间' }));
    fireEvent.change(screen.getByLabelText('或选择日期和时间'), { target: { value: '2031-01-05T18:00' } });
    fireEvent.input(screen.getByRole('textbox', { name: '修改原因' }), { target: { value: '参与的人还不够' } });
    net.on('/api/polls.moveClosingTime', ok({ poll: { ...poll, closesAt: '2031-01-05T10:00:00.000Z' } }));
    // The first press only asks, saying what will change.
    fireEvent.click(screen.getAllByRole('button', { name: '修改截止时间' }).at(-1)!);
    expect(screen.getByText(/截止时间将改为 2031年1月5日（周日）18:00/)).toBeTruthy();
    expect(moves(net)).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '确定修改' }));
    // 18:00 as picked is China time: 10:00 UTC.
    await waitFor(() => expect(moves(net)).toEqual([{ pollId: 'poll:d1', closesAt: '2031-01-05T10:00:00.000Z', reason: '参与的人还不够' }]));
    expect(await screen.findByText('截止时间已修改')).toBeTruthy();
  });

  it('names a missing reason on the field and sends nothing; shows the server word for the time', async () => {
    const net = open(poll, committee);
    fireEvent.click(await screen.findByRole('button', { name: '修改截止时间' }));
    fireEvent.change(screen.getByLabelText('或选择日期和时间'), { target: { value: '2031-01-05T18:00' } });
    fireEvent.click(screen.getAllByRole('button', { name: '修改截止时间' }).at(-1)!);
    fireEvent.click(screen.getByRole('button', { name: '确定修改' }));
    expect(await screen.findByText('请写明修改原因（至少 2 个字）')).toBeTruthy();
    expect(moves(net)).toHaveLength(0);
    net.on('/api/polls.moveClosingTime', refused(400, { code: 'invalid', message: '新的截止时间应晚于现在 5 分钟以上', field: 'closesAt' }));
    fireEvent.input(screen.getByRole('textbox', { name: '修改原因' }), { target: { value: '提前开会' } });
    // The confirmation stays open after a refusal: pressing it again sends.
    fireEvent.click(screen.getByRole('button', { name: '确定修改' }));
    expect(await screen.findByText('新的截止时间应晚于现在 5 分钟以上')).toBeTruthy();
  });

  it('shows every owner that the closing time was moved, and why; offers owners no control', async () => {
    open({ ...poll, closingMove: { from: '2030-12-31T10:00:00Z', to: '2031-01-02T10:00:00Z', reason: '业主大会延期', at: '2030-12-20T02:00:00Z' } }, owner);
    expect(await screen.findByText(/^截止时间已由 .+ 改为 .+，原因：业主大会延期$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '修改截止时间' })).toBeNull();
  });

  it('names a missing new time under the time field and keeps the reason typed', async () => {
    const net = open(poll, committee);
    fireEvent.click(await screen.findByRole('button', { name: '修改截止时间' }));
    fireEvent.input(screen.getByRole('textbox', { name: '修改原因' }), { target: { value: '参与的人还不够' } });
    fireEvent.click(screen.getAllByRole('button', { name: '修改截止时间' }).at(-1)!);
    fireEvent.click(screen.getByRole('button', { name: '确定修改' }));
    const timeField = document.getElementById('closesAt-field') as HTMLElement;
    expect(await within(timeField).findByText('请选择新的截止时间')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '修改原因' }) as HTMLInputElement).value).toBe('参与的人还不够');
    expect(moves(net)).toHaveLength(0);
  });
});

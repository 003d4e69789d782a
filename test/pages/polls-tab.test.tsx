import { fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PollsPage from '../../src/pages/polls/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const owner = { user: { id: 'user:demo-owner', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] };
const committee = { user: { id: 'user:demo-committee', name: '张建国', roles: ['owner', 'committee'], phone: null }, units: [], claims: [] };

function poll(id: string, status: string, statusLabel: string, over: Record<string, unknown> = {}) {
  return { id, kind: 'election', kindLabel: '选举', title: `标题${id}`, description: '', status, statusLabel, allowChange: false, closesAt: '2026-12-31T10:00:00Z', createdAt: '2026-11-20T01:00:00Z', openedAt: null, closedAt: null, publishedAt: null, ...over };
}

describe('表决 (tab)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('groups polls into open, upcoming and closed, marks each open one 已投 or 未投, and offers 发起表决 to the committee only', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(owner));
    net.on('/api/polls.list', ok({ items: [poll('p1', 'open', '投票中'), poll('p2', 'open', '投票中'), poll('p3', 'published', '已公示')], hasMore: false, nextSkip: 3 }));
    net.on('/api/polls.get', (body) => ok({ poll: {}, me: (body as { pollId: string }).pollId === 'p1' ? { canVote: false, ballot: { channel: 'online', castAt: '2026-11-21T00:00:00Z', changes: 0, canChange: false } } : { canVote: true } }));
    renderPage(PollsPage, 'pages/polls/index');

    expect(await screen.findByText('标题p1')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '正在投票' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '已结束' })).toBeTruthy();
    expect(await screen.findByText('已投')).toBeTruthy();
    expect(screen.getAllByText('已投')).toHaveLength(1);
    // p2 is open and mine to vote in; p3 is published, so neither word.
    expect(screen.getAllByText('未投')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: '发起表决' })).toBeNull();
  });

  it('shows the committee its button, an empty list in words, and opens the form', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/me', ok(committee));
    net.on('/api/polls.list', ok({ items: [], hasMore: false, nextSkip: 0 }));
    renderPage(PollsPage, 'pages/polls/index');
    expect(await screen.findByText('现在还没有表决。')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '发起表决' }));
    expect(navigateTo.mock.calls[0][0].url).toBe('/packages/polls/create/index');
    navigateTo.mockRestore();
  });

  it('says when the list could not load, and retries', async () => {
    const net = fakeNetwork();
    let fail = true;
    net.on('/api/me', ok(owner));
    net.on('/api/polls.list', () => (fail ? refused(500, { code: 'internal', message: '服务器出了点问题' }) : ok({ items: [poll('p9', 'closed', '已结束')], hasMore: false, nextSkip: 1 })));
    renderPage(PollsPage, 'pages/polls/index');
    const retry = await screen.findByRole('button', { name: '重试' });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('标题p9')).toBeTruthy();
  });
});

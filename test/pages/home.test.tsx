import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/home/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const me = { user: { id: 'u1', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] };

describe('首页', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('greets the user by name and lists what needs their attention', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(me));
    net.on(
      '/api/home',
      ok({ items: [{ id: 'verify', kind: 'verify', title: '认证业主身份', detail: '认证后可以参加表决', page: '/packages/people/claim/index', at: '2025-11-25T00:00:00Z' }] }),
    );
    renderPage(HomePage, 'pages/home/index');

    expect(await screen.findByRole('heading', { name: '王秀英，您好' })).toBeTruthy();
    expect(screen.getByText('认证后可以参加表决')).toBeTruthy();
  });

  it('shows a waiting vote with its closing time, opens it, and offers 我要报事 first among the entries', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/me', ok(me));
    net.on(
      '/api/home',
      ok({ items: [{ id: 'vote:p1', kind: 'poll.vote', title: '请投票:更换消防水泵', detail: '表决 · 19栋301还没有投', page: '/packages/polls/detail/index?id=p1', at: '2026-03-01T00:00:00Z', due: '2026-03-10T10:00:00Z', dueLabel: '截止' }] }),
    );
    renderPage(HomePage, 'pages/home/index');
    const vote = await screen.findByText('请投票:更换消防水泵');
    expect(screen.getByText(/^截止：/).textContent).toContain('3月10日');
    fireEvent.click(vote);
    expect(navigateTo.mock.calls[0][0].url).toBe('/packages/polls/detail/index?id=p1');
    const entries = screen.getAllByRole('button').map((b) => b.textContent);
    expect(entries.indexOf('我要报事')).toBeGreaterThan(-1);
    expect(entries.indexOf('我要报事')).toBeLessThan(entries.indexOf('议事'));
    navigateTo.mockRestore();
  });

  it('sends a visitor who is not signed in to the demo sign-in, and back here afterwards', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' });
    const net = fakeNetwork();
    net.on('/api/me', refused(401, { code: 'unauthenticated', message: '请先登录' }));
    net.on('/api/home', refused(401, { code: 'unauthenticated', message: '请先登录' }));
    renderPage(HomePage, 'pages/home/index');

    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(navigateTo.mock.calls[0][0].url).toMatch(/^\/packages\/dev\/sign-in\/index\?back=/);
    navigateTo.mockRestore();
  });

  it('shows a retry when the attention list cannot load, and retries', async () => {
    const net = fakeNetwork();
    let fail = true;
    net.on('/api/me', ok(me));
    net.on('/api/home', () => (fail ? refused(500, { code: 'internal', message: '服务暂时出了问题' }) : ok({ items: [] })));
    renderPage(HomePage, 'pages/home/index');

    const retry = await screen.findByRole('button', { name: '重试' });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('暂时没有需要您处理的事。')).toBeTruthy();
  });

  it("does not offer 认证业主身份 among the entries to a manager at work", async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok({ ...me, user: { ...me.user, name: '周经理', roles: ['manager'] } }));
    net.on('/api/home', ok({ items: [] }));
    renderPage(HomePage, 'pages/home/index');
    await screen.findByRole('heading', { name: '周经理，您好' });
    const entries = screen.getAllByRole('button').map((b) => b.textContent);
    expect(entries).toContain('派单看板');
    expect(entries).not.toContain('认证业主身份');
  });

  it('offers 认证业主身份 to someone without a home who holds no work role', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(me));
    net.on('/api/home', ok({ items: [] }));
    renderPage(HomePage, 'pages/home/index');
    await screen.findByRole('heading', { name: '王秀英，您好' });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toContain('认证业主身份');
  });
});

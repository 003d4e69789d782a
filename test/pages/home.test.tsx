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
});

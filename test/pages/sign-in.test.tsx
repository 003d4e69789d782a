import { fireEvent, screen, waitFor } from '@testing-library/react';
import SignInPage from '../../src/packages/dev/sign-in/index';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const personas = [
  { id: 'owner', name: '王秀英', roles: ['owner'] },
  { id: 'committee', name: '李建国', roles: ['owner', 'committee'] },
  { id: 'newcomer', name: '陈小雨', roles: [] },
];

describe('演示登录 (H5 demo sign-in)', () => {
  beforeEach(() => freshLaunch());

  it('lists every persona with their roles in Chinese', async () => {
    fakeNetwork().on('/dev/personas', { body: { personas } });
    renderPage(SignInPage, 'packages/dev/sign-in/index');

    expect(await screen.findByRole('button', { name: '以“王秀英”登录（业主）' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '演示登录：选择身份' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '以“李建国”登录（业主、业委会委员）' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '以“陈小雨”登录（尚未认证）' })).toBeTruthy();
  });

  it('also reads the personas from an API envelope', async () => {
    fakeNetwork().on('/dev/personas', ok({ personas: personas.slice(0, 1) }));
    renderPage(SignInPage, 'packages/dev/sign-in/index');
    expect(await screen.findByText('王秀英')).toBeTruthy();
  });

  it('signs in as the chosen persona', async () => {
    const net = fakeNetwork();
    net.on('/dev/personas', { body: { personas } });
    net.on('/dev/sign-in', { status: 500, body: { ok: false, error: { code: 'internal', message: '会话没有建立' } } });
    renderPage(SignInPage, 'packages/dev/sign-in/index');

    fireEvent.click(await screen.findByRole('button', { name: /李建国/ }));

    await waitFor(() => expect(net.calls.find((c) => c.path === '/dev/sign-in')).toBeTruthy());
    expect(net.calls.find((c) => c.path === '/dev/sign-in')).toMatchObject({ method: 'POST', body: { persona: 'committee' } });
    expect(await screen.findByText('会话没有建立')).toBeTruthy();
  });

  it('says so when demo sign-in is not enabled on the host', async () => {
    fakeNetwork().on('/dev/personas', { status: 404, body: null });
    renderPage(SignInPage, 'packages/dev/sign-in/index');
    expect(await screen.findByText('演示登录未开启')).toBeTruthy();
  });
});

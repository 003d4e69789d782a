import { screen, within } from '@testing-library/react';
import MePage from '../../src/pages/me/index';
import { fakeNetwork, ok } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const profile = {
  user: { id: 'u1', name: '王秀英', roles: ['owner', 'committee'], phone: '13812345678' },
  units: [{ unitId: 'u:19栋-1单元-301', label: '19栋1单元301', areaText: '89.5㎡', building: '19栋', zone: '橋東' }],
  claims: [
    { id: 'c1', unitId: 'u:19栋-1单元-301', unitLabel: '19栋1单元301', status: 'approved', at: '2025-11-01T02:00:00Z' },
    { id: 'c2', unitId: 'u:3栋-2单元-502', unitLabel: '3栋2单元502', status: 'rejected', reason: '姓名与名册不一致', at: '2025-11-02T02:00:00Z' },
  ],
};

describe('我的 page', () => {
  beforeEach(() => freshLaunch());

  it('shows the roles in Chinese, the units with their areas and each claim with its status', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok(profile));
    renderPage(MePage, 'pages/me/index');

    expect(await screen.findByRole('heading', { name: '王秀英' })).toBeTruthy();
    expect(screen.getByText('业主')).toBeTruthy();
    expect(screen.getByText('业委会委员')).toBeTruthy();
    expect(screen.queryByText('committee')).toBeNull();
    expect(screen.getAllByText('19栋1单元301').length).toBeGreaterThan(0);
    expect(screen.getByText(/89\.5㎡/)).toBeTruthy();
    expect(screen.getByText('已通过')).toBeTruthy();
    expect(screen.getByText('未通过')).toBeTruthy();
    expect(screen.getByText(/姓名与名册不一致/)).toBeTruthy();
    expect(net.calls.map((c) => c.path)).toEqual(['/api/me']);
  });

  it('shows the owner their own phone number in full, never masked', async () => {
    fakeNetwork().on('/api/me', ok(profile));
    renderPage(MePage, 'pages/me/index');

    expect(await screen.findByText('138 1234 5678')).toBeTruthy();
    expect(screen.queryByText(/\*{4}/)).toBeNull();
  });

  it('says so when no phone is on file', async () => {
    fakeNetwork().on('/api/me', ok({ ...profile, user: { ...profile.user, phone: null } }));
    renderPage(MePage, 'pages/me/index');

    expect(await screen.findByText('未绑定')).toBeTruthy();
  });

  it('offers the committee entries only to committee members', async () => {
    fakeNetwork().on('/api/me', ok({ ...profile, user: { ...profile.user, roles: ['owner'] } }));
    renderPage(MePage, 'pages/me/index');

    // A verified owner is offered another flat, not verification again.
    const entries = await screen.findByRole('button', { name: '认证另一套房屋' });
    expect(entries).toBeTruthy();
    expect(screen.queryByRole('button', { name: '认证业主身份' })).toBeNull();
    expect(screen.queryByRole('button', { name: '业主认证审核' })).toBeNull();
    expect(screen.queryByRole('button', { name: '角色授权' })).toBeNull();
  });

  it('does not tell a verified owner "no applications", nor ask property staff to verify as owners', async () => {
    const net = fakeNetwork();
    net.on('/api/me', ok({ ...profile, claims: [] }));
    renderPage(MePage, 'pages/me/index');
    await screen.findByRole('button', { name: '认证另一套房屋' });
    expect(screen.queryByText('还没有提交过认证申请。')).toBeNull();
  });

  it('asks property staff nothing about verifying as an owner', async () => {
    fakeNetwork().on('/api/me', ok({ user: { id: 'u2', name: '周经理', roles: ['manager'], phone: null }, units: [], claims: [] }));
    renderPage(MePage, 'pages/me/index');
    await screen.findByRole('button', { name: '派单看板' });
    expect(screen.queryByRole('button', { name: /认证/ })).toBeNull();
  });

  it('shows the server message and a retry button when loading fails', async () => {
    fakeNetwork().on('/api/me', { status: 500, body: { ok: false, error: { code: 'internal', message: '服务暂时出了问题' } } });
    renderPage(MePage, 'pages/me/index');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('服务暂时出了问题')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
  });
});

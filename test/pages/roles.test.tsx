import { fireEvent, screen, waitFor } from '@testing-library/react';
import RolesPage from '../../src/packages/people/roles/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const users = [
  { id: 'u1', name: '王秀英', roles: ['owner'], phoneMasked: '138****5678' },
  { id: 'u2', name: '李建国', roles: ['owner', 'committee'], phoneMasked: null },
];

describe('角色授权 (admin)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true }));

  it('lists people with masked phones and their roles as checkboxes', async () => {
    fakeNetwork().on('/api/users.list', ok({ users }));
    renderPage(RolesPage, 'packages/people/roles/index');

    expect(await screen.findByText('138****5678')).toBeTruthy();
    expect(screen.queryByText(/13812345678/)).toBeNull();
    const committee = screen.getAllByRole('checkbox', { name: '业委会委员' });
    expect(committee.map((c) => c.getAttribute('aria-checked'))).toEqual(['false', 'true']);
  });

  it('grants a role and shows the result in place (no pop-up in 长辈模式)', async () => {
    const net = fakeNetwork();
    net.on('/api/users.list', ok({ users }));
    net.on('/api/roles.grant', ok({ user: { id: 'u1', name: '王秀英', roles: ['owner', 'staff'] } }));
    renderPage(RolesPage, 'packages/people/roles/index');

    fireEvent.click((await screen.findAllByRole('checkbox', { name: '物业员工' }))[0]);

    expect(await screen.findByText('已授予 王秀英「物业员工」')).toBeTruthy();
    expect(document.querySelector('.nut-toast')).toBeNull();
    expect(net.calls.find((c) => c.path === '/api/roles.grant')?.body).toEqual({ userId: 'u1', role: 'staff', grant: true });
    expect(screen.getAllByRole('checkbox', { name: '物业员工' })[0].getAttribute('aria-checked')).toBe('true');
  });

  it('searches by name and shows a refusal next to the person', async () => {
    const net = fakeNetwork();
    net.on('/api/users.list', (body) => ok({ users: (body as { q?: string }).q === '李建国' ? [users[1]] : users }));
    net.on('/api/roles.grant', refused(409, { code: 'conflict', message: '不能收回自己的管理员角色,请让另一位管理员操作' }));
    renderPage(RolesPage, 'packages/people/roles/index');
    await screen.findByText('王秀英');

    fireEvent.input(screen.getByRole('textbox', { name: '查找用户' }), { target: { value: '李建国' } });
    fireEvent.click(screen.getByRole('button', { name: '查找' }));
    await waitFor(() => expect(screen.queryByText('王秀英')).toBeNull());
    expect(net.calls.at(-1)?.body).toEqual({ q: '李建国', skip: 0 });

    fireEvent.click(screen.getByRole('checkbox', { name: '管理员' }));
    expect(await screen.findByText('不能收回自己的管理员角色,请让另一位管理员操作')).toBeTruthy();
  });

  it('sends a flat or a phone tail to the server as typed, shows each person\'s flats, and pages by the server\'s word', async () => {
    const net = fakeNetwork();
    const flat = { id: 'u3', name: '王秀英', roles: ['owner'], phoneMasked: '138****0419', flats: ['19栋301'] };
    net.on('/api/users.list', (body) => {
      const { q, skip } = body as { q?: string; skip: number };
      if (q === '19-301' || q === '0419') return ok({ users: [flat], hasMore: false, nextSkip: 1 });
      return ok({ users: skip ? [users[1]] : [users[0]], hasMore: !skip, nextSkip: skip + 1 });
    });
    renderPage(RolesPage, 'packages/people/roles/index');
    await screen.findByText('王秀英');
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('李建国')).toBeTruthy();
    expect(net.calls.at(-1)?.body).toEqual({ skip: 1 });
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();

    for (const q of ['19-301', '0419']) {
      fireEvent.input(screen.getByRole('textbox', { name: '查找用户' }), { target: { value: q } });
      fireEvent.click(screen.getByRole('button', { name: '查找' }));
      expect(await screen.findByText('19栋301')).toBeTruthy();
      expect(net.calls.at(-1)?.body).toEqual({ q, skip: 0 });
    }
    expect(screen.queryByText('李建国')).toBeNull();
  });
});

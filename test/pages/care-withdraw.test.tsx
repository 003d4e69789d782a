// 帮扶记录: whoever registered the record (or the community) can withdraw it on the page, inline
// (no modal): the consequence is spelled out, a reason is asked for, and the server's refusal shows.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import CareDetailPage from '../../src/packages/volunteer/care-detail/index';
import { fakeNetwork, ok, refused, type ActionAnswer } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const community = { user: { id: 'user:demo-community', name: '何书记', roles: ['community'], phone: null }, units: [], claims: [] };
const care = (over: Record<string, unknown> = {}) => ({
  care: { id: 'care:1', name: '吴桂兰', categoryLabel: '空巢老人', category: 'empty_nest', unitLabel: '19栋101', contact: '13971025588', needs: '每周探望', volunteers: [], consent: { way: 'written', wayLabel: '书面签字', note: '', at: '2026-03-01T00:00:00Z' } },
  canManage: false,
  canVisit: false,
  canWithdraw: true,
  visits: [],
  ...over,
});

function open(detail: ReturnType<typeof care>) {
  const net = fakeNetwork();
  net.on('/api/me', ok(community));
  net.on('/api/care.get', ok(detail));
  Current.router = { params: { id: 'care:1' }, path: '/packages/volunteer/care-detail/index' } as never;
  renderPage(CareDetailPage, 'packages/volunteer/care-detail/index');
  return net;
}

describe('withdrawing a care record', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('asks for a reason, says what is deleted, then withdraws it', async () => {
    const net = open(care());
    let answer: ActionAnswer<'care.withdraw'> = refused(400, { code: 'invalid', field: 'reason', message: '请选择撤回的原因' });
    net.on('/api/care.withdraw', () => answer);
    fireEvent.click(await screen.findByRole('button', { name: '撤回这条登记' }));
    expect(screen.getByText(/走访记录都会删除，无法恢复/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认撤回并删除' }));
    expect(await screen.findByText('请选择撤回的原因')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '本人或监护人撤回同意' }));
    answer = ok({ withdrawn: true });
    fireEvent.click(screen.getByRole('button', { name: '确认撤回并删除' }));
    expect(await screen.findByText('已撤回并删除这条帮扶登记。')).toBeTruthy();
    await waitFor(() => expect(net.calls.filter((c) => c.path === '/api/care.withdraw').at(-1)!.body).toEqual({ careId: 'care:1', reason: 'consent_withdrawn' }));
    expect(screen.queryByText('19栋101')).toBeNull();
  });

  it('offers no withdrawal to a paired volunteer', async () => {
    open(care({ canWithdraw: false, canVisit: true }));
    expect(await screen.findByText('记录一次走访')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '撤回这条登记' })).toBeNull();
  });
});

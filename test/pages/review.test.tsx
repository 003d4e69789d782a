import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ReviewPage from '../../src/packages/people/review/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const pending = {
  claims: [
    { id: 'claim:u2:u:19栋-1单元-302', unitLabel: '19栋1单元302', name: '张伟', phoneLast4: '1234', matchesRoster: true, userName: '张伟', at: '2025-11-20T01:00:00Z' },
    { id: 'claim:u3:u:3栋-2单元-502', unitLabel: '3栋2单元502', name: '刘芳', phoneLast4: '8888', matchesRoster: false, userName: '芳芳', at: '2025-11-21T01:00:00Z' },
  ],
};

describe('业主认证审核 (committee review)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('lists each pending claim with what the applicant gave', async () => {
    fakeNetwork().on('/api/claims.pending', ok(pending));
    renderPage(ReviewPage, 'packages/people/review/index');

    expect(await screen.findByText('19栋1单元302')).toBeTruthy();
    expect(screen.getByText('3栋2单元502')).toBeTruthy();
    expect(screen.getByText('芳芳')).toBeTruthy();
    expect(screen.getByText('8888')).toBeTruthy();
    expect(screen.getByText('与名册一致')).toBeTruthy();
    expect(screen.getByText('与名册不符，请核实')).toBeTruthy();
  });

  it('approves a claim and takes it off the list', async () => {
    const net = fakeNetwork();
    net.on('/api/claims.pending', ok(pending));
    net.on('/api/claims.review', ok({ claim: { id: pending.claims[0].id, status: 'approved' } }));
    renderPage(ReviewPage, 'packages/people/review/index');

    fireEvent.click(await screen.findByRole('button', { name: '通过：19栋1单元302' }));

    await waitFor(() => expect(screen.queryByText('19栋1单元302')).toBeNull());
    expect(net.calls.find((c) => c.path === '/api/claims.review')?.body).toEqual({ claimId: pending.claims[0].id, approve: true });
    expect(screen.getByText('3栋2单元502')).toBeTruthy();
  });

  it('asks for a reason in place before rejecting, and shows the server message under it', async () => {
    const net = fakeNetwork();
    net.on('/api/claims.pending', ok(pending));
    net.on('/api/claims.review', refused(400, { code: 'invalid', message: '驳回时请写明理由', field: 'reason' }));
    renderPage(ReviewPage, 'packages/people/review/index');

    fireEvent.click(await screen.findByRole('button', { name: '不通过：19栋1单元302' }));
    const reason = screen.getByRole('textbox', { name: '不通过的原因' }) as HTMLInputElement;
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '确认不通过' }));
    const field = document.getElementById(`reason-${pending.claims[0].id}-field`) as HTMLElement;
    // Checked with the action's own schema: the same words the server would answer with.
    expect(within(field).getByText('请填写不通过的原因')).toBeTruthy();
    expect(net.calls.some((c) => c.path === '/api/claims.review')).toBe(false);

    fireEvent.input(reason, { target: { value: '   ' } });
    fireEvent.input(reason, { target: { value: '名册上不是这个人' } });
    fireEvent.click(screen.getByRole('button', { name: '确认不通过' }));

    expect(await within(field).findByText('驳回时请写明理由')).toBeTruthy();
    expect(reason.value).toBe('名册上不是这个人');
    expect(net.calls.find((c) => c.path === '/api/claims.review')?.body).toEqual({
      claimId: pending.claims[0].id,
      approve: false,
      reason: '名册上不是这个人',
    });
  });

  it('tells a non-member plainly that they may not review', async () => {
    fakeNetwork().on('/api/claims.pending', refused(403, { code: 'forbidden', message: '你没有权限做这件事' }));
    renderPage(ReviewPage, 'packages/people/review/index');
    expect(await screen.findByText('你没有权限做这件事')).toBeTruthy();
  });

  it('says so when nothing is waiting', async () => {
    fakeNetwork().on('/api/claims.pending', ok({ claims: [] }));
    renderPage(ReviewPage, 'packages/people/review/index');
    expect(await screen.findByText('没有待审核的认证申请。')).toBeTruthy();
  });
});

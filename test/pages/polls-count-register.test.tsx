// 纸质选票登记表 (the ballot register): one numbered ballot per unit, shown as a printable list,
// with a QR code of the poll and serial for scanning at the count; every page is loaded before it can be printed. Only fetch is faked.
import { fireEvent, screen } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import PollRegisterPage from '../../src/packages/polls/register/index';
import { ballotQr } from '../../src/packages/polls/register/qr';
import { fakeNetwork, ok, refused, type FakeNetwork } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/polls/register/index';
const POLL = 'poll:repaint';

const bodiesOf = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`).map((c) => c.body as Record<string, unknown>);

describe('纸质选票登记表 (ballot register)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('loads every serial, page after page, before the print button turns on', async () => {
    const net = fakeNetwork();
    net.on('/api/polls.get', ok({ poll: { id: POLL, title: '选举第二届业委会' }, me: { canVote: false } }));
    net.on('/api/polls.paper.register', (body) =>
      (body as { skip?: number }).skip === 2
        ? ok({ issued: 3, items: [{ serial: 'P0003', unitId: 'u:19栋--201', label: '19栋201' }], hasMore: false, nextSkip: 3 })
        : ok({
            issued: 3,
            items: [
              { serial: 'P0001', unitId: 'u:19栋--101', label: '19栋101' },
              { serial: 'P0002', unitId: 'u:19栋--102', label: '19栋102' },
            ],
            hasMore: true,
            nextSkip: 2,
          }),
    );
    (Current as { router: unknown }).router = { params: { id: encodeURIComponent(POLL) }, path: `/${ROUTE}` };
    renderPage(PollRegisterPage, ROUTE);

    expect(await screen.findByText('19栋201')).toBeTruthy();
    expect(screen.getAllByText('共 3 张').length).toBeGreaterThan(0);
    const rows = screen.getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['编号房屋二维码签收收回', 'P000119栋101□□', 'P000219栋102□□', 'P000319栋201□□']);
    // Each ballot's QR code (poll and serial, for scanning at the count) is an image named by its serial.
    const qrs = ['P0001', 'P0002'].map((serial) => screen.getByRole('img', { name: `选票 ${serial} 的二维码` }).getAttribute('src'));
    expect(qrs[0]).toBe(ballotQr(POLL, 'P0001'));
    expect(qrs[0]).toMatch(/^data:image\/gif;base64,/);
    expect(qrs[1]).not.toBe(qrs[0]);
    // The sheet's own QR code leads back to the poll online.
    expect(screen.getByRole('img', { name: '扫码查看在线页面:纸质选票登记表' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打印登记表' }).getAttribute('aria-disabled')).not.toBe('true');
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    expect(bodiesOf(net, 'polls.paper.register')).toEqual([{ pollId: POLL }, { pollId: POLL, skip: 2 }]);
  });

  it('says a page failed instead of offering a partial register to print, and retries', async () => {
    const net = fakeNetwork();
    let fail = true;
    net.on('/api/polls.get', ok({ poll: { id: POLL, title: '选举第二届业委会' }, me: { canVote: false } }));
    net.on('/api/polls.paper.register', (body) =>
      (body as { skip?: number }).skip === 2
        ? fail
          ? refused(500, { code: 'internal', message: '服务器出了点问题' })
          : ok({ issued: 3, items: [{ serial: 'P0003', unitId: 'u:19栋--201', label: '19栋201' }], hasMore: false, nextSkip: 3 })
        : ok({ issued: 3, items: [{ serial: 'P0001', unitId: 'u:19栋--101', label: '19栋101' }, { serial: 'P0002', unitId: 'u:19栋--102', label: '19栋102' }], hasMore: true, nextSkip: 2 }),
    );
    (Current as { router: unknown }).router = { params: { id: encodeURIComponent(POLL) }, path: `/${ROUTE}` };
    renderPage(PollRegisterPage, ROUTE);
    const retry = await screen.findByRole('button', { name: '重试' });
    expect(screen.queryByRole('button', { name: '打印登记表' })).toBeNull();
    expect(screen.queryByText('19栋101')).toBeNull();
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('19栋201')).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import OutboxPage from '../../src/packages/notify/outbox/index';
import { fakeNetwork, ok, refused } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/notify/outbox/index';

const card = (over: Record<string, unknown>) => ({
  id: 'msg:1',
  kind: 'issue.status',
  title: '报事进度通知',
  to: '王秀英',
  at: '2026-03-04T02:00:00.000Z',
  status: 'sent',
  fields: [
    { label: '报事内容', value: '19栋301:水管漏水' },
    { label: '处理状态', value: '已受理' },
  ],
  page: 'packages/issues/detail/index?id=issue%3A1',
  attempts: 1,
  errcode: 0,
  meaning: null,
  reason: null,
  nextAttemptAt: null,
  sentAt: '2026-03-04T02:00:00.000Z',
  ...over,
});

describe('消息发件箱 (outbox)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));

  it('shows each message as WeChat\'s card with labelled fields and what became of it', async () => {
    const net = fakeNetwork();
    net.on('/api/notify.outbox', ok({
      messages: [
        card({}),
        card({ id: 'msg:2', status: 'failed', errcode: 47003, meaning: '模板参数不准确', reason: '模板参数不准确' }),
        card({ id: 'msg:3', status: 'retrying', errcode: -1, meaning: '微信系统繁忙', nextAttemptAt: '2026-03-04T02:01:00.000Z', attempts: 2 }),
        card({ id: 'msg:4', status: 'no_grant', errcode: null, reason: '对方没有剩余的订阅次数' }),
      ],
      next: null,
    }));
    renderPage(OutboxPage, ROUTE);
    await screen.findAllByText('报事进度通知');
    expect(screen.getAllByText('报事内容')).toHaveLength(4);
    expect(screen.getAllByText('进入小程序查看').length).toBeGreaterThan(0);
    const statuses = Array.from(document.querySelectorAll('.gz-wxcard__status')).map((e) => e.textContent);
    expect(statuses).toEqual(['已发送', '发送失败 · 微信错误码 47003：模板参数不准确', expect.stringMatching(/^微信繁忙，稍后重试 · 微信错误码 -1：微信系统繁忙 · 将于 .* 重试 · 已尝试 2 次$/), '未发送：对方没有订阅 · 对方没有剩余的订阅次数']);
  });

  it('shows per person and kind how many messages are left, or says nobody has subscribed', async () => {
    const net = fakeNetwork();
    let grants = [
      { to: '王秀英', kinds: '报事进度通知', left: 2 },
      { to: '李师傅', kinds: '任务指派通知', left: 1 },
    ];
    net.on('/api/notify.outbox', () => ok({ messages: [card({})], next: null, grants }));
    renderPage(OutboxPage, ROUTE);
    expect(await screen.findByRole('heading', { name: '还能收到的消息' })).toBeTruthy();
    const rows = screen.getAllByRole('listitem').map((e) => e.textContent).filter((x) => x?.includes('还能收到'));
    expect(rows).toEqual(['王秀英 · 报事进度通知 · 还能收到 2 次', '李师傅 · 任务指派通知 · 还能收到 1 次']);
    grants = [];
    fireEvent.click(screen.getByRole('radio', { name: '失败' }));
    expect(await screen.findByText('还没有人订阅消息：通知都会显示为“未发送”。')).toBeTruthy();
  });

  it('filters by outcome', async () => {
    const net = fakeNetwork();
    net.on('/api/notify.outbox', (body) => ok({ messages: (body as { status?: string }).status === 'failed' ? [] : [card({})], next: null }));
    renderPage(OutboxPage, ROUTE);
    await screen.findByText('19栋301:水管漏水');
    fireEvent.click(screen.getByRole('radio', { name: '失败' }));
    await screen.findByText('还没有消息');
    expect(net.calls.filter((c) => c.path === '/api/notify.outbox').map((c) => c.body)).toEqual([{}, { status: 'failed' }]);
  });

  it('says why when the list cannot be read', async () => {
    const net = fakeNetwork();
    net.on('/api/notify.outbox', refused(403, { code: 'forbidden', message: '你没有权限做这件事' }));
    renderPage(OutboxPage, ROUTE);
    await waitFor(() => expect(screen.getByText('你没有权限做这件事')).toBeTruthy());
  });
});

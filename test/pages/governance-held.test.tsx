import { fireEvent, screen, waitFor } from '@testing-library/react';
import HeldTextsPage from '../../src/packages/governance/held/index';
import { fakeNetwork, ok, refused, type FakeNetwork, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/governance/held/index';
const item = (over: Record<string, unknown> = {}) => ({ id: 'held:a', at: '2026-03-01T02:00:00.000Z', what: '报事评论', author: '李明', text: '楼下贴了代开发票的小广告,谁管管', kind: '广告', status: 'pending', statusText: '待复核', lastError: null, ...over });
const history = { items: [{ at: '2026-03-01T03:00:00.000Z', who: '张建国', what: '人工复核后发布', text: '公告', writer: '周经理', kind: '违法犯罪', heldId: 'held:z' }], hasMore: false, nextSkip: 1 };

function open(items: NonNullable<FixtureOf<'content.held'>['items']>): FakeNetwork {
  const net = fakeNetwork();
  net.on('/api/content.held', ok({ items, hasMore: false, nextSkip: items.length }));
  net.on('/api/audit.content', ok(history));
  renderPage(HeldTextsPage, ROUTE);
  return net;
}
const callsTo = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`);

describe('待人工复核的文字 (committee, community)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true }));

  it('shows the refused text itself, what it is, who wrote it and what WeChat flagged, and the record of decisions', async () => {
    open([item()]);
    expect(await screen.findByText('楼下贴了代开发票的小广告,谁管管')).toBeTruthy();
    expect(screen.getByText(/报事评论 · 李明/)).toBeTruthy();
    expect(screen.getByText('微信判定：可能含有广告信息')).toBeTruthy();
    expect(await screen.findByText('张建国 · 人工复核后发布')).toBeTruthy();
  });

  it('publishes only after asking twice on the page (no pop-up in 长辈模式), then says so and reloads', async () => {
    const net = open([item()]);
    net.on('/api/content.publish', ok({ held: { id: 'held:a', status: 'published' } }));
    fireEvent.click(await screen.findByRole('button', { name: '照原文发布:报事评论' }));
    expect(callsTo(net, 'content.publish')).toHaveLength(0);
    expect(screen.getByText(/发布后所有能看到这类内容的居民都会看到原文/)).toBeTruthy();
    expect(document.querySelector('.nut-dialog, .nut-toast')).toBeNull();
    net.on('/api/content.held', ok({ items: [], hasMore: false, nextSkip: 0 }));
    fireEvent.click(screen.getByRole('button', { name: '确定照原文发布' }));
    expect(await screen.findByText('已发布这条报事评论')).toBeTruthy();
    expect(callsTo(net, 'content.publish')[0].body).toEqual({ heldId: 'held:a' });
    expect(await screen.findByText('没有待复核的文字。')).toBeTruthy();
  });

  it('shows why a publish did not go through, in place, and keeps the text listed', async () => {
    const net = open([item()]);
    net.on('/api/content.publish', refused(409, { code: 'conflict', message: '没有发布:截止时间应晚于现在' }));
    fireEvent.click(await screen.findByRole('button', { name: '照原文发布:报事评论' }));
    fireEvent.click(screen.getByRole('button', { name: '确定照原文发布' }));
    expect(await screen.findByText('没有发布:截止时间应晚于现在')).toBeTruthy();
    expect(screen.getByText('楼下贴了代开发票的小广告,谁管管')).toBeTruthy();
  });

  it('offers only 不发布 for a publish that was cut off, saying to check first', async () => {
    const net = open([item({ status: 'publishing', statusText: '发布中断,请核对是否已发布' })]);
    expect(await screen.findByText('发布中断,请核对是否已发布')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '照原文发布:报事评论' })).toBeNull();
    net.on('/api/content.discard', ok({ held: { id: 'held:a', status: 'discarded' } }));
    fireEvent.click(screen.getByRole('button', { name: '不发布:报事评论' }));
    fireEvent.click(screen.getByRole('button', { name: '确定不发布' }));
    await waitFor(() => expect(callsTo(net, 'content.discard')).toHaveLength(1));
    expect(await screen.findByText('已决定不发布这条报事评论')).toBeTruthy();
  });

  it('says when nothing waits', async () => {
    open([]);
    expect(await screen.findByText('没有待复核的文字。')).toBeTruthy();
  });
});

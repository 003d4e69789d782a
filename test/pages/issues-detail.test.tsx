import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import IssueDetailPage from '../../src/packages/issues/detail/index';
import { fakeNetwork, ok, refused, type FakeNetwork, type FixtureOf } from './support/network';
import { freshLaunch, renderPage } from './support/render';

const ROUTE = 'packages/issues/detail/index';
const ID = 'issue:mh1';

type Transition = { name: string; label: string };
const T: Record<string, Transition> = {
  accept: { name: 'accept', label: '受理' },
  reject: { name: 'reject', label: '不予受理' },
  table: { name: 'table', label: '提交三方议定' },
  finish: { name: 'finish', label: '处理完成' },
  confirm: { name: 'confirm', label: '确认已修好' },
  reopen: { name: 'reopen', label: '没修好' },
};

function detail(over: { status?: string; statusLabel?: string; transitions?: Transition[]; can?: Record<string, unknown>; secondedByMe?: boolean; rating?: unknown } = {}) {
  return {
    issue: {
      id: ID,
      category: 'manhole',
      categoryLabel: '井盖更换',
      placeLabel: '主干道',
      description: '主干道靠近5栋的井盖松动，车一压就哐哐响。',
      photos: ['/files/aaa.png'],
      visibility: 'public',
      status: over.status ?? 'reported',
      statusLabel: over.statusLabel ?? '待受理',
      closedAs: null,
      reporterName: '李明',
      onBehalf: null,
      seconds: 2,
      priority: 7,
      createdAt: '2025-11-20T01:00:00Z',
      rating: over.rating ?? null,
      reopenCount: 0,
      acceptOverdue: true,
      actionOverdue: false,
    },
    timeline: [
      { id: 'ev1', type: 'issue.reported', label: '报事', at: '2025-11-20T01:00:00Z', actorName: '李明', note: null, photos: ['/files/aaa.png'], status: 'reported', stars: null },
      { id: 'ev2', type: 'issue.transition', label: '受理', at: '2025-11-20T06:00:00Z', actorName: '周经理', note: '今天下午派人去看', photos: [], status: 'accepted', stars: null },
      { id: 'ev3', type: 'issue.rated', label: '评价', at: '2025-11-22T06:00:00Z', actorName: '李明', note: '修得很快', photos: [], status: null, stars: 4 },
    ],
    tasks: [{ id: 'task:1', title: '更换主干道井盖', status: 'open', assigneeName: '刘师傅', dueAt: '2025-11-23T01:00:00Z' }],
    comments: [{ id: 'c1', name: '王秀英', text: '晚上确实很危险', at: '2025-11-20T02:00:00Z' }],
    can: { transitions: over.transitions ?? [], second: false, rate: false, comment: true, assign: false, ...over.can },
    secondedByMe: over.secondedByMe ?? false,
  };
}

const manager = { user: { id: 'user:demo-manager', name: '周经理', roles: ['manager'], phone: null }, units: [], claims: [] };
const owner = { user: { id: 'user:demo-owner', name: '王秀英', roles: ['owner'], phone: null }, units: [], claims: [] };

function open(answer: FixtureOf<'issues.get'>, me: FixtureOf<'me'> = manager): FakeNetwork {
  const net = fakeNetwork();
  net.on('/api/issues.get', ok(answer));
  net.on('/api/me', ok(me));
  (Current as { router: unknown }).router = { params: { id: encodeURIComponent(ID) }, path: `/${ROUTE}` };
  renderPage(IssueDetailPage, ROUTE);
  return net;
}

const callsTo = (net: FakeNetwork, action: string) => net.calls.filter((c) => c.path === `/api/${action}`);

describe('报事详情 (issue page)', () => {
  beforeEach(() => freshLaunch({ 'gongzhi.elderOffered': true }));
  afterEach(() => {
    (Current as { router: unknown }).router = null;
  });

  it('shows what was reported, the overdue mark, the timeline with notes and stars, tasks and comments', async () => {
    open(detail());
    expect(await screen.findByRole('heading', { name: '井盖更换 · 主干道' })).toBeTruthy();
    expect(screen.getByText('待受理')).toBeTruthy();
    expect(screen.getByText('超过 24 小时未受理')).toBeTruthy();
    expect(screen.getByText('主干道靠近5栋的井盖松动，车一压就哐哐响。')).toBeTruthy();
    // The report's photo, and again on the 报事 step of the timeline.
    expect(screen.getAllByRole('button', { name: '查看照片（第 1 张，共 1 张）' })).toHaveLength(2);
    expect(screen.getByText('今天下午派人去看')).toBeTruthy();
    expect(screen.getByRole('img', { name: '4 星（满分 5 星）' })).toBeTruthy();
    expect(screen.getByText('更换主干道井盖')).toBeTruthy();
    expect(screen.getByText('晚上确实很危险')).toBeTruthy();
  });

  it('shows a photo in WeChat\'s image check as 审核中 and leaves out a hidden one', async () => {
    const answer = detail() as { issue: { photos: string[] } };
    answer.issue.photos = ['/files/aaa.png', 'review:pending', ''];
    open(answer);
    expect(await screen.findByRole('heading', { name: '井盖更换 · 主干道' })).toBeTruthy();
    // The report's one visible photo (and the timeline's), counted without the hidden one.
    expect(screen.getAllByRole('button', { name: '查看照片（第 1 张，共 1 张）' })).toHaveLength(2);
    expect(screen.getByRole('img', { name: '照片审核中，通过后显示' })).toBeTruthy();
    expect(screen.getByText('审核中')).toBeTruthy();
  });

  it('shows only the steps the server allows the caller', async () => {
    open(detail({ transitions: [T.accept, T.reject, T.table] }));
    await screen.findByRole('heading', { name: '井盖更换 · 主干道' });
    const actions = document.getElementById('actions') as HTMLElement;
    const names = within(actions)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['受理', '不予受理', '提交三方议定']);
    expect(screen.queryByRole('button', { name: '处理完成' })).toBeNull();
    expect(screen.queryByRole('button', { name: '我也遇到' })).toBeNull();
    expect(screen.queryByRole('heading', { name: '修好了吗？' })).toBeNull();
  });

  it('shows no step at all to a resident the server gives none', async () => {
    open(detail({ transitions: [], can: { second: true } }), owner);
    await screen.findByRole('heading', { name: '井盖更换 · 主干道' });
    expect(screen.getByRole('button', { name: '我也遇到' })).toBeTruthy();
    for (const label of ['受理', '不予受理', '提交三方议定', '处理完成', '确认已修好', '去派单']) expect(screen.queryByRole('button', { name: label })).toBeNull();
  });

  it('asks for the reason in place before rejecting, and sends it', async () => {
    const net = open(detail({ transitions: [T.accept, T.reject] }));
    net.on('/api/issues.transition', ok({ issue: { id: ID, status: 'rejected', statusLabel: '未受理', closedAs: null } }));
    fireEvent.click(await screen.findByRole('button', { name: '不予受理' }));
    const reason = screen.getByRole('textbox', { name: '不予受理的理由' }) as HTMLTextAreaElement;
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '确认不予受理' }));
    expect(within(document.getElementById('note-reject-field') as HTMLElement).getByText('请写明理由')).toBeTruthy();
    expect(callsTo(net, 'issues.transition')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: '  天然气入户由燃气公司施工  ' } });
    fireEvent.click(screen.getByRole('button', { name: '确认不予受理' }));

    await waitFor(() => expect(callsTo(net, 'issues.transition')).toHaveLength(1));
    expect(callsTo(net, 'issues.transition')[0].body).toEqual({ issueId: ID, transition: 'reject', note: '天然气入户由燃气公司施工' });
    expect(await screen.findByText('已不予受理，理由会告诉报事人')).toBeTruthy();
    // The page asks the server again for the new state.
    await waitFor(() => expect(callsTo(net, 'issues.get').length).toBeGreaterThanOrEqual(2));
  });

  it('shows the server\'s message under the note when it refuses it', async () => {
    const net = open(detail({ transitions: [T.reject] }));
    net.on('/api/issues.transition', refused(400, { code: 'invalid', message: '说明不能超过300个字', field: 'note' }));
    fireEvent.click(await screen.findByRole('button', { name: '不予受理' }));
    fireEvent.change(screen.getByRole('textbox', { name: '不予受理的理由' }), { target: { value: '理由' } });
    fireEvent.click(screen.getByRole('button', { name: '确认不予受理' }));
    expect(await within(document.getElementById('note-reject-field') as HTMLElement).findByText('说明不能超过300个字')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '不予受理的理由' }) as HTMLTextAreaElement).value).toBe('理由');
  });

  it('accepts at once: no note is needed', async () => {
    const net = open(detail({ transitions: [T.accept, T.reject] }));
    net.on('/api/issues.transition', ok({ issue: { id: ID, status: 'accepted', statusLabel: '已受理', closedAs: null } }));
    fireEvent.click(await screen.findByRole('button', { name: '受理' }));
    await waitFor(() => expect(callsTo(net, 'issues.transition')).toHaveLength(1));
    expect(callsTo(net, 'issues.transition')[0].body).toEqual({ issueId: ID, transition: 'accept' });
  });

  it('says so in place when someone else moved the issue first', async () => {
    const net = open(detail({ transitions: [T.accept] }));
    net.on('/api/issues.transition', refused(409, { code: 'conflict', message: '这条报事刚刚被别人处理过了,请刷新' }));
    fireEvent.click(await screen.findByRole('button', { name: '受理' }));
    expect(await screen.findByText('这条报事刚刚被别人处理过了,请刷新')).toBeTruthy();
    // …and reads the issue again, to show where it is now.
    await waitFor(() => expect(callsTo(net, 'issues.get')).toHaveLength(2));
  });

  it('wants a note and an after-photo to finish', async () => {
    const net = open(detail({ status: 'in_progress', statusLabel: '处理中', transitions: [T.finish] }));
    fireEvent.click(await screen.findByRole('button', { name: '处理完成' }));
    fireEvent.click(screen.getByRole('button', { name: '确认处理完成' }));
    expect(within(document.getElementById('note-finish-field') as HTMLElement).getByText('请写明做了什么')).toBeTruthy();
    expect(within(document.getElementById('photos-finish-field') as HTMLElement).getByText('请拍一张处理后的照片')).toBeTruthy();
    expect(callsTo(net, 'issues.transition')).toHaveLength(0);
  });

  it('seconds ("我也遇到") from the issue page', async () => {
    const net = open(detail({ can: { second: true } }), owner);
    net.on('/api/issues.second', ok({ seconds: 3 }));
    fireEvent.click(await screen.findByRole('button', { name: '我也遇到' }));
    await waitFor(() => expect(callsTo(net, 'issues.second')).toHaveLength(1));
    expect(callsTo(net, 'issues.second')[0].body).toEqual({ issueId: ID });
    expect(await screen.findByText(/已附议，谢谢您/)).toBeTruthy();
  });

  it('says a refused 附议 in place and sends nothing twice on a second tap while it is sent', async () => {
    const net = open(detail({ can: { second: true } }), owner);
    net.on('/api/issues.second', refused(409, { code: 'conflict', message: '您已经附议过这条报事' }));
    const button = await screen.findByRole('button', { name: '我也遇到' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(await screen.findByText('您已经附议过这条报事')).toBeTruthy();
    expect(callsTo(net, 'issues.second')).toHaveLength(1);
  });

  it('rates with the chosen stars and the comment', async () => {
    const net = open(detail({ status: 'closed', statusLabel: '已修好', can: { rate: true } }), owner);
    net.on('/api/issues.rate', ok({ rating: { stars: 4, comment: '很及时', at: '2025-11-25T00:00:00Z' } }));
    await screen.findByRole('heading', { name: '给这次处理打个分' });
    const group = screen.getByRole('radiogroup', { name: '评分' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);

    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(screen.getByText('请选择 1 到 5 颗星')).toBeTruthy();
    expect(callsTo(net, 'issues.rate')).toHaveLength(0);

    fireEvent.click(within(group).getByRole('radio', { name: '4 星，满意' }));
    expect(within(group).getByRole('radio', { name: '4 星，满意' }).getAttribute('aria-checked')).toBe('true');
    expect(within(group).getByRole('radio', { name: '5 星，非常满意' }).getAttribute('aria-checked')).toBe('false');
    fireEvent.change(screen.getByRole('textbox', { name: '评价（可选）' }), { target: { value: '很及时' } });
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));

    await waitFor(() => expect(callsTo(net, 'issues.rate')).toHaveLength(1));
    expect(callsTo(net, 'issues.rate')[0].body).toEqual({ issueId: ID, stars: 4, comment: '很及时' });
  });

  it('in 长辈模式 lists the five ratings as rows in words, best first', async () => {
    freshLaunch({ 'gongzhi.elder': true, 'gongzhi.elderOffered': true });
    const net = open(detail({ status: 'closed', statusLabel: '已修好', can: { rate: true } }), owner);
    net.on('/api/issues.rate', ok({ rating: { stars: 3, comment: '', at: '2025-11-25T00:00:00Z' } }));
    const group = await screen.findByRole('radiogroup', { name: '评分' });
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual(['5 星，非常满意', '4 星，满意', '3 星，一般', '2 星，不满意', '1 星，很不满意']);
    fireEvent.click(within(group).getByRole('radio', { name: '3 星，一般' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await waitFor(() => expect(callsTo(net, 'issues.rate')).toHaveLength(1));
    expect(callsTo(net, 'issues.rate')[0].body).toEqual({ issueId: ID, stars: 3 });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('moves the star choice with the arrow keys', async () => {
    open(detail({ status: 'closed', statusLabel: '已修好', can: { rate: true } }), owner);
    const group = await screen.findByRole('radiogroup', { name: '评分' });
    const first = within(group).getByRole('radio', { name: '1 星，很不满意' });
    expect(first.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(within(group).getByRole('radio', { name: '1 星，很不满意' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(within(group).getByRole('radio', { name: '2 星，不满意' }).getAttribute('aria-checked')).toBe('true');
  });

  it('asks the reporter "修好了吗?": confirming with stars confirms, then rates', async () => {
    const net = open(detail({ status: 'done', statusLabel: '已完成待确认', transitions: [T.confirm, T.reopen], can: { rate: true } }), owner);
    net.on('/api/issues.transition', ok({ issue: { id: ID, status: 'closed', statusLabel: '已关闭', closedAs: 'fixed' } }));
    net.on('/api/issues.rate', ok({ rating: { stars: 5, comment: '', at: '2025-11-25T00:00:00Z' } }));
    await screen.findByRole('heading', { name: '修好了吗？' });
    // One rating form only, inside the question.
    expect(screen.getAllByRole('radiogroup', { name: '评分' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('radio', { name: '5 星，非常满意' }));
    fireEvent.click(screen.getByRole('button', { name: '确认修好并评价' }));

    await waitFor(() => expect(callsTo(net, 'issues.rate')).toHaveLength(1));
    expect(callsTo(net, 'issues.transition')[0].body).toEqual({ issueId: ID, transition: 'confirm' });
    expect(callsTo(net, 'issues.rate')[0].body).toEqual({ issueId: ID, stars: 5 });
    expect(net.calls.findIndex((c) => c.path === '/api/issues.transition')).toBeLessThan(net.calls.findIndex((c) => c.path === '/api/issues.rate'));
  });

  it('"没修好" asks what is still wrong, then reopens', async () => {
    const net = open(detail({ status: 'done', statusLabel: '已完成待确认', transitions: [T.confirm, T.reopen], can: { rate: true } }), owner);
    net.on('/api/issues.transition', ok({ issue: { id: ID, status: 'reopened', statusLabel: '未修好,重新处理', closedAs: null } }));
    fireEvent.click(await screen.findByRole('button', { name: '没修好' }));
    fireEvent.click(screen.getByRole('button', { name: '确认没修好' }));
    expect(screen.getByText('请写明理由')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '哪里没修好' }), { target: { value: '还是响' } });
    fireEvent.click(screen.getByRole('button', { name: '确认没修好' }));
    await waitFor(() => expect(callsTo(net, 'issues.transition')).toHaveLength(1));
    expect(callsTo(net, 'issues.transition')[0].body).toEqual({ issueId: ID, transition: 'reopen', note: '还是响' });
  });

  it('sends a comment and keeps it when the content check refuses it', async () => {
    const net = open(detail(), owner);
    net.on('/api/issues.comment', refused(400, { code: 'invalid', message: '内容含有不适宜发布的词语,请修改后再提交', field: 'text' }));
    const box = (await screen.findByRole('textbox', { name: '写评论' })) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: '去死吧' } });
    fireEvent.click(screen.getByRole('button', { name: '发表评论' }));
    expect(await within(document.getElementById('comment-field') as HTMLElement).findByText('内容含有不适宜发布的词语,请修改后再提交')).toBeTruthy();
    expect(box.value).toBe('去死吧');
    expect(callsTo(net, 'issues.comment')[0].body).toEqual({ issueId: ID, text: '去死吧' });
  });

  it('tells the writer a refused comment went to a person for review, and keeps what they typed', async () => {
    const net = open(detail(), owner);
    const message = '内容可能含有广告信息(微信内容安全判定)。已提交人工复核:业委会或社区核对后可以照原文发布;你也可以修改后重新提交';
    net.on('/api/issues.comment', refused(400, { code: 'invalid', message, field: 'text', details: { label: 10001, kind: '广告', held: 'held:abc' } }));
    const box = (await screen.findByRole('textbox', { name: '写评论' })) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: '楼下贴了代开发票的小广告' } });
    fireEvent.click(screen.getByRole('button', { name: '发表评论' }));
    expect(await within(document.getElementById('comment-field') as HTMLElement).findByText(/已提交人工复核/)).toBeTruthy();
    expect(box.value).toBe('楼下贴了代开发票的小广告');
  });

  it('asks for the id the link gave, decoded once', async () => {
    const net = open(detail());
    await screen.findByRole('heading', { name: '井盖更换 · 主干道' });
    expect(callsTo(net, 'issues.get')[0].body).toEqual({ issueId: ID });
  });

  it('says plainly when the issue cannot be seen', async () => {
    const net = fakeNetwork();
    net.on('/api/issues.get', refused(404, { code: 'not_found', message: '这条报事不存在' }));
    net.on('/api/me', ok(owner));
    (Current as { router: unknown }).router = { params: { id: ID }, path: `/${ROUTE}` };
    renderPage(IssueDetailPage, ROUTE);
    expect(await screen.findByText('这条报事不存在')).toBeTruthy();
  });
});

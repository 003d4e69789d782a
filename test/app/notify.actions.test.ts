// Subscription messages and groups through the action table on the demo compound: recording
// grants, an issue's status change arriving as a sent message, the admin's outbox, poll notices
// (opened, closing within 24 h to non-voters only, published) sent once however often the jobs
// run, and 本群 from a simulated group.
import { demoHarness, type Harness } from '../support/harness';
import { runJobs } from '../../server/app/jobs/runJobs';
import type { OutboxDoc } from '../../server/notify/deliver';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness('2026-03-04T02:00:00.000Z');
});
afterEach(() => h.close());

const tpl = async (who: string, kind: string) => ((await h.ok(who, 'subscriptions.templates')).templates as Array<{ kind: string; templateId: string }>).find((t) => t.kind === kind)!.templateId;
const messages = (where: Record<string, string>) => h.deps.store.find<OutboxDoc>('outbox', { where, limit: 100 });

describe('subscriptions', () => {
  it('an accepted grant lets the status change of the owner\'s issue go out, with the catalogue\'s fields', async () => {
    const id = await tpl('owner', 'issue.status');
    expect(await h.ok('owner', 'subscriptions.record', { results: { [id]: 'accept' } })).toEqual({ accepted: 1 });
    // A second grant: "已受理" may use one only while one stays for "已完成，请确认".
    await h.ok('owner', 'subscriptions.record', { results: { [id]: 'accept' } });
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    const sent = (await messages({ toUserId: 'user:demo-owner', kind: 'issue.status' })).find((m) => m.page?.endsWith(encodeURIComponent(issue.id)));
    expect(sent).toMatchObject({ status: 'sent', templateId: id, data: { thing1: { value: expect.stringContaining('墙皮脱落') }, phrase2: { value: '已受理' }, time3: { value: '2026年3月4日 10:00' }, thing4: { value: '无' } } });
  });

  it('without a grant the message is recorded as not sent', async () => {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    const kept = (await messages({ toUserId: 'user:demo-owner', kind: 'issue.status' })).find((m) => m.page?.endsWith(encodeURIComponent(issue.id)));
    expect(kept).toMatchObject({ status: 'no_grant' });
  });

  it('remembers "never" so the app does not ask again, and "always" so it asks silently', async () => {
    const a = await tpl('owner', 'issue.status');
    const b = await tpl('owner', 'poll.opened');
    await h.ok('owner', 'subscriptions.record', { results: { [a]: 'reject' }, settings: { mainSwitch: true, items: { [a]: 'reject', [b]: 'accept' } } });
    const { templates } = await h.ok('owner', 'subscriptions.templates');
    expect(templates.find((t: { templateId: string }) => t.templateId === a)).toMatchObject({ refused: true });
    expect(templates.find((t: { templateId: string }) => t.templateId === b)).toMatchObject({ refused: false, always: true });
    await h.ok('owner', 'subscriptions.record', { results: {}, settings: { mainSwitch: false } });
    expect((await h.ok('owner', 'subscriptions.templates')).templates.every((t: { refused: boolean }) => t.refused)).toBe(true);
  });

  it('refuses unknown template ids and more than three in one ask, naming the field', async () => {
    const bad = await h.call('owner', 'subscriptions.record', { results: { nope: 'accept' } });
    expect(bad).toMatchObject({ status: 400, body: { ok: false, error: { field: 'results', message: expect.stringContaining('模板') } } });
    const ids = ((await h.ok('owner', 'subscriptions.templates')).templates as Array<{ templateId: string }>).slice(0, 4).map((t) => t.templateId);
    const many = await h.call('owner', 'subscriptions.record', { results: Object.fromEntries(ids.map((id) => [id, 'accept'])) });
    expect(many).toMatchObject({ status: 400, body: { error: { field: 'results', message: expect.stringContaining('3') } } });
    expect((await h.call(null, 'subscriptions.record', { results: {} })).status).toBe(401);
  });
});

describe('the outbox', () => {
  it('shows the admin each message as a card with labelled fields and its status, and logs the read', async () => {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
    await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'accept' });
    const { messages: list } = await h.ok('admin', 'notify.outbox', {});
    const card = list.find((m) => m.kind === 'issue.status' && m.page?.endsWith(encodeURIComponent(issue.id)));
    expect(card).toMatchObject({ title: '报事进度通知', status: 'no_grant', reason: expect.any(String), fields: [{ label: '报事内容', value: expect.stringContaining('墙皮脱落') }, { label: '处理状态', value: '已受理' }, { label: '更新时间', value: '2026年3月4日 10:00' }, { label: '备注', value: '无' }] });
    expect(await h.deps.store.count('events', { type: 'outbox.read' })).toBe(1);
    expect((await h.call('manager', 'notify.outbox', {})).status).toBe(403);
    expect((await h.ok('admin', 'notify.outbox', { status: 'sent' })).messages.every((m: { status: string }) => m.status === 'sent')).toBe(true);
  });

  it('shows per person and kind how many messages WeChat will still deliver, on the first page only', async () => {
    const { templates } = await h.ok('owner', 'subscriptions.templates');
    const id = (kind: string) => (templates as Array<{ kind: string; templateId: string }>).find((t) => t.kind === kind)?.templateId as string;
    await h.ok('owner', 'subscriptions.record', { results: { [id('issue.status')]: 'accept', [id('poll.opened')]: 'reject' } });
    await h.ok('owner', 'subscriptions.record', { results: { [id('issue.status')]: 'accept' } });
    const { grants } = await h.ok('admin', 'notify.outbox', {});
    const mine = (grants as Array<{ to: string; kinds: string; left: number }>).filter((g) => g.kinds.includes('报事进度通知'));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ to: expect.any(String), left: 2 });
    expect(mine[0].to).not.toBe('');
    // A refused template gives no grant, so no row.
    expect((grants as Array<{ kinds: string }>).some((g) => g.kinds.includes('投票开始提醒'))).toBe(false);
    expect((await h.ok('admin', 'notify.outbox', { skip: 30 })).grants).toEqual([]);
  });
});

describe('poll notices', () => {
  it('tells owners a poll opened, reminds only non-voters within 24 h of closing, once however often the jobs run, and announces the result', async () => {
    const closesAt = '2026-03-06T02:00:00.000Z';
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '续聘物业公司', item: 4, closesAt });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    const opened = await messages({ kind: 'poll.opened' });
    expect(opened.map((m) => m.toUserId).sort()).toEqual(expect.arrayContaining(['user:demo-committee', 'user:demo-owner']));
    expect(opened[0]).toMatchObject({ fields: { title: '续聘物业公司' }, page: `packages/polls/detail/index?id=${encodeURIComponent(poll.id)}` });

    await h.ok('owner', 'polls.cast', { pollId: poll.id, choice: 'yes' });
    await runJobs(h.deps); // more than 24 h before closing: no reminder yet
    expect(await messages({ kind: 'poll.closing' })).toHaveLength(0);

    h.clock.set('2026-03-05T03:00:00.000Z');
    await runJobs(h.deps);
    await runJobs(h.deps);
    await Promise.all([runJobs(h.deps), runJobs(h.deps)]);
    const closing = await messages({ kind: 'poll.closing' });
    expect(closing.map((m) => m.toUserId)).toContain('user:demo-committee');
    expect(closing.map((m) => m.toUserId)).not.toContain('user:demo-owner'); // already voted
    expect(new Set(closing.map((m) => m.toUserId)).size).toBe(closing.length);

    h.clock.set('2026-03-06T03:00:00.000Z');
    await runJobs(h.deps); // closes the poll
    await h.ok('committee', 'polls.publish', { pollId: poll.id });
    const published = await messages({ kind: 'poll.published' });
    expect(published.map((m) => m.toUserId)).toEqual(expect.arrayContaining(['user:demo-owner', 'user:demo-committee']));
    expect(published[0].page).toContain('packages/polls/results/index');
  });
});

describe('poll notices at scale', () => {
  it('walks more owners than one page holds, once each, the action sending the first pages and the jobs the rest', async () => {
    const extra = Array.from({ length: 330 }, (_, i) => ({ _id: `user:x${i}`, openid: `x${i}`, name: `业主${i}`, roles: ['owner'], phone: null, createdAt: `2026-02-01T00:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(3, '0')}Z` }));
    await h.deps.store.insertMany('users', extra);
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '加装电梯', item: 4, closesAt: '2026-03-20T02:00:00.000Z' });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    expect(await h.deps.store.count('outbox', { kind: 'poll.opened' })).toBe(200); // two pages inline
    await Promise.all([runJobs(h.deps), runJobs(h.deps)]);
    await runJobs(h.deps);
    const total = await h.deps.store.count('outbox', { kind: 'poll.opened' });
    const owners = await h.deps.store.count('users', { roles: { $has: 'owner' } });
    expect(total).toBe(owners);
    expect(await h.deps.store.count('fanouts', { done: false })).toBe(0);
  });
});

describe('groups (本群)', () => {
  it('records an item opened from a group card and lists it for people who entered from that group', async () => {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
    const entered = await h.ok('resident', 'groups.enter', { simulated: 'building19', item: { kind: 'issue', id: issue.id } });
    expect(entered).toMatchObject({ shared: true, group: { key: expect.stringMatching(/^g[0-9a-f]{24}$/) } });
    const { items } = await h.ok('resident', 'groups.items', { group: entered.group.key });
    expect(items).toEqual([expect.objectContaining({ kind: 'issue', id: issue.id, title: expect.stringContaining('墙皮脱落'), page: expect.stringContaining('/packages/issues/detail/index?id=') })]);
    // Someone who never opened the app from this group cannot list it.
    expect((await h.call('owner', 'groups.items', { group: entered.group.key })).status).toBe(403);
  });

  it('never lists a private issue, and refuses a group it cannot resolve', async () => {
    const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '家里墙皮', visibility: 'private' });
    expect(await h.ok('owner', 'groups.enter', { simulated: 'g1', item: { kind: 'issue', id: issue.id } })).toMatchObject({ shared: false });
    expect(await h.call('owner', 'groups.enter', { cloudId: 'forged' })).toMatchObject({ status: 400, body: { error: { field: 'cloudId' } } });
  });
});

// A reporter's grants go to the message that matters: with one grant left, "已受理" and the other
// progress messages do not spend it, so "已完成，请确认" reaches the reporter (else an elderly
// owner's fixed report closes as "7 天未确认").
import { demoHarness, type Harness } from '../support/harness';
import { uploadPhoto } from '../support/photos';
import type { OutboxDoc } from '../../server/notify/deliver';
import type { GrantDoc } from '../../server/notify/grants';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness('2026-03-04T02:00:00.000Z');
});
afterEach(() => h.close());

const tpl = async (who: string, kind: string) => ((await h.ok(who, 'subscriptions.templates')).templates as Array<{ kind: string; templateId: string }>).find((t) => t.kind === kind)!.templateId;

it('keeps the reporter\'s only grant for "已完成，请确认"', async () => {
  const id = await tpl('owner', 'issue.status');
  await h.ok('owner', 'subscriptions.record', { results: { [id]: 'accept' } });
  const { issue } = await h.ok('owner', 'issues.report', { category: 'wall', place: { common: 'wall' }, description: '墙皮脱落' });
  for (const transition of ['accept', 'start'] as const) await h.ok('manager', 'issues.transition', { issueId: issue.id, transition });
  await h.ok('manager', 'issues.transition', { issueId: issue.id, transition: 'finish', note: '补好了', photos: [await uploadPhoto(h, 'manager')] });
  const sent = await h.deps.store.find<OutboxDoc>('outbox', { where: { toUserId: 'user:demo-owner', kind: 'issue.status' }, orderBy: [['at', 'asc']], limit: 100 });
  const mine = sent.filter((m) => m.page?.endsWith(encodeURIComponent(issue.id)));
  const byPhrase = Object.fromEntries(mine.map((m) => [m.fields.phrase, m]));
  expect(Object.fromEntries(mine.map((m) => [m.fields.phrase, m.status]))).toEqual({ 已受理: 'no_grant', 处理中: 'no_grant', 已完成: 'sent' });
  expect(byPhrase['已受理'].reason).toContain('已完成，请确认');
  expect(await h.deps.store.get<GrantDoc>('grants', `grant:user:demo-owner:${id}`)).toMatchObject({ remaining: 0, used: 1 });
});

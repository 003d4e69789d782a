// The shared delivery (server/notify/deliver.ts) on a real SQLite store: grants counted per user
// and template, standing "never" choices, unknown kinds, WeChat's error codes kept, transient
// failures retried with backoff by the jobs, and nothing ever sent twice.
import { collections } from '../../server/app/collections';
import type { Notifier } from '../../server/app/context';
import { subscriptionNotifier, type OutboxDoc, type SendAnswer, type SendRequest, type Transport } from '../../server/notify/deliver';
import { addGrants, grantId, prefsId, type GrantDoc } from '../../server/notify/grants';
import { templateIdsFrom, templateKeysFrom } from '../../server/notify/templates';
import { openSqliteStore } from '../../server/store/sqlite';
import type { Store } from '../../server/store/port';

/** A transport that answers from a script (then 0) and records every request it was given. */
function scriptedTransport(answers: Array<SendAnswer | Error> = []): Transport & { sent: SendRequest[] } {
  const sent: SendRequest[] = [];
  return {
    sent,
    async send(request) {
      sent.push(request);
      const next = answers.shift();
      if (next instanceof Error) throw next;
      return next ?? { errcode: 0, errmsg: 'ok' };
    },
  };
}

let store: Store;
let now: number;
const clock = { now: () => new Date(now) };
const templates = templateIdsFrom({}, { placeholders: true });
const TPL = templates['issue.status'];
const message = (n = 1) => ({ kind: 'issue.status', toUserId: 'user:o1', dedupeKey: `t:${n}`, fields: { thing: '19栋301:水管漏水', phrase: '已受理', time: '2026-03-02T01:00:00Z' }, page: 'packages/issues/detail/index?id=issue:1' });
const outbox = async (n = 1) => (await store.get<OutboxDoc>('outbox', `msg:t:${n}`))!;
const grant = async () => (await store.get<GrantDoc>('grants', grantId('user:o1', TPL)))?.remaining ?? 0;

function notifier(transport: Transport): Notifier {
  return subscriptionNotifier({ store, clock, transport, templates });
}

beforeEach(async () => {
  now = Date.parse('2026-03-02T09:00:00.000Z');
  store = openSqliteStore({ file: ':memory:', collections });
  await store.insert('users', { _id: 'user:o1', openid: 'o1-openid', name: '王秀英', roles: ['owner'], phone: null, createdAt: '2026-01-01T00:00:00Z' });
});
afterEach(() => store.close());

describe('grants', () => {
  it('sends with a grant and uses it up: one accepted grant, one message', async () => {
    const t = scriptedTransport();
    await addGrants(store, 'user:o1', TPL, 1, 'x');
    await notifier(t).send(message(1));
    await notifier(t).send(message(2));
    expect((await outbox(1)).status).toBe('sent');
    expect(await outbox(2)).toMatchObject({ status: 'no_grant', reason: expect.stringContaining('订阅次数') });
    expect(t.sent).toEqual([{ openid: 'o1-openid', templateId: TPL, page: 'packages/issues/detail/index?id=issue:1', data: { thing1: { value: '19栋301:水管漏水' }, phrase2: { value: '已受理' }, time3: { value: '2026年3月2日 09:00' }, thing4: { value: '无' } } }]);
    expect(await grant()).toBe(0);
  });

  it('counts grants: three accepts allow exactly three of five messages', async () => {
    const t = scriptedTransport();
    for (let i = 0; i < 3; i++) await addGrants(store, 'user:o1', TPL, 1, 'x');
    for (let n = 1; n <= 5; n++) await notifier(t).send(message(n));
    const statuses = await Promise.all([1, 2, 3, 4, 5].map(async (n) => (await outbox(n)).status));
    expect(statuses).toEqual(['sent', 'sent', 'sent', 'no_grant', 'no_grant']);
    expect(await store.get('grants', grantId('user:o1', TPL))).toMatchObject({ remaining: 0, accepted: 3, used: 3 });
  });

  it('lets only one of many racing messages take the last grant', async () => {
    const t = scriptedTransport();
    await addGrants(store, 'user:o1', TPL, 1, 'x');
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => notifier(t).send(message(n))));
    expect(t.sent).toHaveLength(1);
    expect(await grant()).toBe(0);
  });

  it('keeps grants per template: a grant for another template does not count', async () => {
    await addGrants(store, 'user:o1', templates['task.assigned'], 2, 'x');
    await notifier(scriptedTransport()).send(message(1));
    expect((await outbox(1)).status).toBe('no_grant');
  });

  it('does not send to someone who chose "never" for the template, even with grants left', async () => {
    const t = scriptedTransport();
    await addGrants(store, 'user:o1', TPL, 2, 'x');
    await store.set('subscriptionPrefs', { _id: prefsId('user:o1'), userId: 'user:o1', mainSwitch: true, items: { [TPL]: 'reject' }, updatedAt: 'x' });
    await notifier(t).send(message(1));
    expect(await outbox(1)).toMatchObject({ status: 'no_grant', reason: expect.stringContaining('不接收') });
    expect(t.sent).toHaveLength(0);
    expect(await grant()).toBe(2);
  });
});

describe('what cannot be sent is recorded, never thrown', () => {
  it('records a kind missing from the catalogue as skipped, with the reason', async () => {
    await expect(notifier(scriptedTransport()).send({ ...message(1), kind: 'nobody.knows' })).resolves.toBeUndefined();
    expect(await outbox(1)).toMatchObject({ status: 'skipped', reason: expect.stringContaining('nobody.knows') });
  });

  it('records a kind without a template id in this environment as skipped, naming the variable to set', async () => {
    const cloudLike = subscriptionNotifier({ store, clock, transport: scriptedTransport(), templates: templateIdsFrom({ GONGZHI_TPL_TASK_ASSIGNED: 'tpl-task' }, { placeholders: false }) });
    await cloudLike.send(message(1));
    expect(await outbox(1)).toMatchObject({ status: 'skipped', reason: expect.stringContaining('GONGZHI_TPL_ISSUE_STATUS') });
  });

  it('refuses fields that break WeChat\'s rules before using a grant', async () => {
    await addGrants(store, 'user:o1', TPL, 1, 'x');
    await notifier(scriptedTransport()).send({ ...message(1), fields: { thing: 'x', phrase: '处理中 ok' } });
    expect(await outbox(1)).toMatchObject({ status: 'failed', reason: expect.stringContaining('处理状态') });
    expect(await grant()).toBe(1);
  });

  it('reads template ids from per-kind variables, then GONGZHI_TEMPLATES, and ignores broken JSON', () => {
    const ids = templateIdsFrom({ GONGZHI_TPL_ISSUE_STATUS: 'A', GONGZHI_TEMPLATES: '{"issue.status":"B","poll.opened":"C"}' }, { placeholders: false });
    expect(ids).toEqual({ 'issue.status': 'A', 'poll.opened': 'C' });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(templateIdsFrom({ GONGZHI_TEMPLATES: '{nope' }, { placeholders: false })).toEqual({});
    spy.mockRestore();
  });
});

describe('WeChat\'s answers', () => {
  it.each([
    [43101, '拒收'],
    [47003, '模板参数'],
    [40003, 'openid'],
    [40037, '模板 id'],
    [41030, '页面'],
  ])('keeps permanent error %i on the message as failed, never retried', async (code, meaning) => {
    const t = scriptedTransport([{ errcode: code, errmsg: `errmsg ${code}` }]);
    await addGrants(store, 'user:o1', TPL, 1, 'x');
    const n = notifier(t);
    await n.send(message(1));
    expect(await outbox(1)).toMatchObject({ status: 'failed', errcode: code, errmsg: `errmsg ${code}`, reason: expect.stringContaining(meaning), nextAttemptAt: null });
    now += 3_600_000;
    expect(await n.retryDue!(clock.now())).toBe(0);
    expect(t.sent).toHaveLength(1);
  });

  it('gives the grant back when WeChat refused for a fault of ours (47003, 40037, 41030), and zeroes it on 43101', async () => {
    await addGrants(store, 'user:o1', TPL, 2, 'x');
    await notifier(scriptedTransport([{ errcode: 47003 }])).send(message(1));
    expect(await grant()).toBe(2);
    await notifier(scriptedTransport([{ errcode: 43101 }])).send(message(2));
    expect(await grant()).toBe(0);
    expect((await store.get<GrantDoc>('grants', grantId('user:o1', TPL)))!.used).toBe(1); // only the 43101 one counts as used
  });

  it('retries "system busy" (-1) with exponential backoff, without using another grant, then sends', async () => {
    const t = scriptedTransport([{ errcode: -1, errmsg: 'system error' }, new Error('socket hang up'), { errcode: 0 }]);
    await addGrants(store, 'user:o1', TPL, 2, 'x');
    const n = notifier(t);
    await n.send(message(1));
    expect(await outbox(1)).toMatchObject({ status: 'retrying', errcode: -1, attempts: 1, nextAttemptAt: '2026-03-02T09:01:00.000Z' });

    now += 59_000;
    expect(await n.retryDue!(clock.now())).toBe(0); // not yet
    now += 1_000;
    expect(await n.retryDue!(clock.now())).toBe(1);
    // A network error never reached WeChat: kept as -2, and the wait doubles.
    expect(await outbox(1)).toMatchObject({ status: 'retrying', errcode: -2, errmsg: 'socket hang up', attempts: 2, nextAttemptAt: '2026-03-02T09:03:00.000Z' });

    now = Date.parse('2026-03-02T09:03:00.000Z');
    await n.retryDue!(clock.now());
    expect(await outbox(1)).toMatchObject({ status: 'sent', errcode: 0, attempts: 3 });
    expect(t.sent).toHaveLength(3);
    expect(await grant()).toBe(1); // one message, one grant, however many attempts
  });

  it('gives up after five attempts and keeps the last code', async () => {
    const busy = { errcode: -1, errmsg: 'busy' };
    const t = scriptedTransport([busy, busy, busy, busy, busy, busy]);
    await addGrants(store, 'user:o1', TPL, 1, 'x');
    const n = notifier(t);
    await n.send(message(1));
    for (let i = 0; i < 10; i++) {
      now += 3_600_000;
      await n.retryDue!(clock.now());
    }
    expect(await outbox(1)).toMatchObject({ status: 'failed', errcode: -1, attempts: 5, reason: expect.stringContaining('重试 5 次') });
    expect(t.sent).toHaveLength(5);
  });

  it('never sends twice: a repeated event, and overlapping retry runs', async () => {
    const t = scriptedTransport([{ errcode: -1 }]);
    await addGrants(store, 'user:o1', TPL, 5, 'x');
    const n = notifier(t);
    await n.send(message(1));
    await n.send(message(1)); // same dedupe key
    now += 60_000;
    await Promise.all([n.retryDue!(clock.now()), n.retryDue!(clock.now()), notifier(t).retryDue!(clock.now())]);
    expect(t.sent).toHaveLength(2); // the first attempt, and one retry
    expect((await outbox(1)).status).toBe('sent');
    expect(await grant()).toBe(4);
  });

  it('calls a send interrupted mid-way (a function timed out) failed after its lease, and never tries it again', async () => {
    let release: (a: SendAnswer) => void = () => undefined;
    const hanging: Transport & { sent: SendRequest[] } = { sent: [], send: (r) => (hanging.sent.push(r), new Promise<SendAnswer>((resolve) => (release = resolve))) };
    await addGrants(store, 'user:o1', TPL, 1, 'x');
    const n = notifier(hanging);
    void n.send(message(1));
    await new Promise((r) => setTimeout(r, 20));
    expect((await outbox(1)).status).toBe('sending');
    now += 9 * 60_000;
    await n.retryDue!(clock.now());
    expect((await outbox(1)).status).toBe('sending'); // still within its lease
    now += 60_000;
    await n.retryDue!(clock.now());
    expect(await outbox(1)).toMatchObject({ status: 'failed', reason: expect.stringContaining('不再重试') });
    release({ errcode: 0 }); // the lost answer arriving late changes nothing
    await new Promise((r) => setTimeout(r, 20));
    expect((await outbox(1)).status).toBe('failed');
    expect(hanging.sent).toHaveLength(1);
  });
});

describe('template keywords from configuration', () => {
  it('sends under the configured keywords, the others as in the catalogue', async () => {
    const t = scriptedTransport();
    const keys = templateKeysFrom({ GONGZHI_TPL_KEYS_ISSUE_STATUS: '{"thing":"thing5","time":"time1"}' });
    expect(keys).toEqual({ 'issue.status': { thing: 'thing5', time: 'time1' } });
    await addGrants(store, 'user:o1', TPL, 1, 'x');
    await subscriptionNotifier({ store, clock, transport: t, templates, keys }).send(message(1));
    expect(t.sent[0].data).toEqual({ thing5: { value: '19栋301:水管漏水' }, phrase2: { value: '已受理' }, time1: { value: '2026年3月2日 09:00' }, thing4: { value: '无' } });
  });

  it('refuses a wrong setting at start, naming the variable, the field and what is wrong', () => {
    const bad = (text: string) => () => templateKeysFrom({ GONGZHI_TPL_KEYS_ISSUE_STATUS: text });
    expect(bad('{nope')).toThrow(/GONGZHI_TPL_KEYS_ISSUE_STATUS: 不是合法的 JSON/);
    expect(bad('["thing1"]')).toThrow(/GONGZHI_TPL_KEYS_ISSUE_STATUS: 应为 JSON 对象/);
    expect(bad('{"titel":"thing1"}')).toThrow(/没有字段「titel」,可用的字段:thing, phrase, time/);
    expect(bad('{"thing":"time3"}')).toThrow(/字段「thing」的关键词 "time3" 不对:应为 thing 加编号/);
    expect(bad('{"thing":"thing4"}')).toThrow(/关键词 thing4 被两个字段使用/);
    expect(templateKeysFrom({})).toEqual({});
  });
});

// subscriptions.record: the mini-program reports what the user answered in requestSubscribeMessage
// (accept / reject / ban per template id) and, when it could read them, the standing choices from
// getSetting({withSubscriptions: true}). Each "accept" adds one grant for that template; the
// standing choices replace the stored ones. Refuses template ids this environment does not use.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { invalid } from '../errors';
import { recordEvent } from '../events';
import { MAX_TEMPLATES_PER_ASK } from '../../../src/domain/notifications';
import { addGrants, prefsId } from '../../notify/grants';
import { allowed } from '../../../src/domain/permissions';

const templateId = z.string({ error: '模板 id 应是文字' }).min(1, '模板 id 不能为空').max(64, '模板 id 太长');
const answer = z.enum(['accept', 'reject', 'ban', 'filter'], { error: '订阅结果应是 accept、reject、ban 或 filter' });
const choice = z.enum(['accept', 'reject', 'ban'], { error: '长期选择应是 accept、reject 或 ban' });

export const recordSubscription = defineAction({
  name: 'subscriptions.record',
  summary: '记录用户对订阅消息的选择:每次"允许"加一次可发送的机会;"总是/不再"选择会被记住',
  input: z
    .object({
      results: z.record(templateId, answer, { error: '订阅结果应是 {模板id: 结果}' }),
      settings: z
        .object({
          mainSwitch: z.boolean({ error: '订阅总开关应是 true 或 false' }),
          items: z.record(templateId, choice, { error: '长期选择应是 {模板id: 选择}' }).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  roles: allowed('subscriptions.record'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const known = new Set(Object.values(ctx.notifier.templateIds?.() ?? {}));
    const asked = Object.keys(input.results);
    if (asked.length > MAX_TEMPLATES_PER_ASK) throw invalid('results', `一次最多请求 ${MAX_TEMPLATES_PER_ASK} 个消息模板`);
    const settingsIds = Object.keys(input.settings?.items ?? {});
    if (settingsIds.length > 50) throw invalid('settings', '长期选择太多');
    const unknown = [...asked, ...settingsIds].find((id) => !known.has(id));
    if (unknown) throw invalid('results', `不认识的消息模板:${unknown.slice(0, 64)}`);

    const at = ctx.clock.now().toISOString();
    const accepted = asked.filter((id) => input.results[id] === 'accept');
    for (const id of accepted) await addGrants(ctx.store, caller.userId, id, 1, at);
    if (input.settings) {
      await ctx.store.set('subscriptionPrefs', { _id: prefsId(caller.userId), userId: caller.userId, mainSwitch: input.settings.mainSwitch, items: { ...(input.settings.items ?? {}) }, updatedAt: at });
    }
    await recordEvent(ctx, 'subscription.recorded', caller.userId, { results: input.results, ...(input.settings ? { mainSwitch: input.settings.mainSwitch } : {}) });
    return { accepted: accepted.length };
  },
});

// subscriptions.templates: what the mini-program may ask for. For each message kind, this
// environment's template id, minus those the caller said "never" to (the app must not ask again).
// "Always" templates stay in: WeChat answers those itself without showing anything, and each
// answer is the one-time grant a message needs.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { CATALOGUE, MESSAGE_KINDS } from '../../../src/domain/notifications';
import { grantId, prefsId, refuses, type GrantDoc, type SubscriptionPrefsDoc } from '../../notify/grants';
import { allowed } from '../../../src/domain/permissions';
import { notifySummaries } from '../../../src/copy/notify';

export const subscriptionTemplates = defineAction({
  name: 'subscriptions.templates',
  summary: notifySummaries['subscriptions.templates'],
  input: z.object({}).strict(),
  roles: allowed('subscriptions.templates'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const ids = ctx.notifier.templateIds?.() ?? {};
    const prefs = await ctx.store.get<SubscriptionPrefsDoc>('subscriptionPrefs', prefsId(caller.userId));
    const kinds = MESSAGE_KINDS.filter((kind) => ids[kind]);
    // How many messages of each kind WeChat would still deliver: the screen shows it at the tap
    // that asks for more (e.g. staff's 接收派单提醒).
    const grants = await Promise.all([...new Set(kinds.map((k) => ids[k]))].map((id) => ctx.store.get<GrantDoc>('grants', grantId(caller.userId, id))));
    const left = new Map(grants.filter((g): g is GrantDoc => !!g).map((g) => [g.templateId, g.remaining]));
    const templates = kinds.map((kind) => ({
      kind,
      templateId: ids[kind],
      title: CATALOGUE[kind].title,
      refused: refuses(prefs, ids[kind]),
      always: prefs?.items?.[ids[kind]] === 'accept',
      left: left.get(ids[kind]) ?? 0,
    }));
    return { templates, mainSwitch: prefs ? prefs.mainSwitch : true };
  },
});

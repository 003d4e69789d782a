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
import { notifyRefusals, notifySummaries } from '../../../src/copy/notify';

const templateId = z.string({ error: notifyRefusals.templateIdNotText }).min(1, notifyRefusals.templateIdEmpty).max(64, notifyRefusals.templateIdTooLong);
const answer = z.enum(['accept', 'reject', 'ban', 'filter'], { error: notifyRefusals.resultUnknown });
const choice = z.enum(['accept', 'reject', 'ban'], { error: notifyRefusals.settingUnknown });

export const recordSubscription = defineAction({
  name: 'subscriptions.record',
  summary: notifySummaries['subscriptions.record'],
  input: z
    .object({
      results: z.record(templateId, answer, { error: notifyRefusals.resultsMalformed }),
      settings: z
        .object({
          mainSwitch: z.boolean({ error: notifyRefusals.mainSwitchNotBoolean }),
          items: z.record(templateId, choice, { error: notifyRefusals.settingsMalformed }).optional(),
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
    if (asked.length > MAX_TEMPLATES_PER_ASK) throw invalid('results', notifyRefusals.tooManyTemplates(MAX_TEMPLATES_PER_ASK));
    const settingsIds = Object.keys(input.settings?.items ?? {});
    if (settingsIds.length > 50) throw invalid('settings', notifyRefusals.tooManySettings);
    const unknown = [...asked, ...settingsIds].find((id) => !known.has(id));
    if (unknown) throw invalid('results', notifyRefusals.unknownTemplate(unknown.slice(0, 64)));

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

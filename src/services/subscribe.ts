// Asking for subscription-message grants, at the tap where the person shows interest (submitting
// an issue, voting, signing up for a shift). WeChat only shows requestSubscribeMessage's panel
// when it is called inside the tap itself, so what to ask for is known before the tap: the
// templates are fetched once (primeSubscriptions, at launch) and askToSubscribe calls WeChat
// synchronously, before anything is awaited. Templates the person said "never" to are not asked
// again; "always" ones are still passed, because WeChat then answers by itself without showing
// anything, and each answer is the one-time grant a message needs.
import Taro from '@tarojs/taro';
import { MAX_TEMPLATES_PER_ASK, type MessageKind } from '../domain/notifications';
import { call } from './api';
import { hasDevSignIn } from './devSession';
import { knownTemplates, primeSubscriptions, refreshSubscriptions, type Templates } from './subscribeTemplates';

export { primeSubscriptions };

/** How many messages of this kind WeChat would still deliver to the caller (null: not known yet). */
export function grantsLeft(kind: MessageKind, list: Templates | null = knownTemplates()): number | null {
  const t = list?.find((x) => x.kind === kind);
  return t ? t.left : null;
}

/** The template ids to ask for these kinds: known, not refused, at most three. */
export function templatesToAsk(kinds: readonly MessageKind[], list: Templates | null = knownTemplates()): string[] {
  if (!list) return [];
  const ids = kinds.map((k) => list.find((t) => t.kind === k)).filter((t): t is Templates[number] => !!t && !t.refused).map((t) => t.templateId);
  return [...new Set(ids)].slice(0, MAX_TEMPLATES_PER_ASK);
}

type Answer = 'accept' | 'reject' | 'ban' | 'filter';

async function record(results: Record<string, Answer>, withSettings: boolean): Promise<void> {
  let settings: { mainSwitch: boolean; items: Record<string, 'accept' | 'reject' | 'ban'> } | undefined;
  if (withSettings) {
    try {
      const s = await Taro.getSetting({ withSubscriptions: true });
      const known = new Set((knownTemplates() ?? []).map((t) => t.templateId));
      const items: Record<string, 'accept' | 'reject' | 'ban'> = {};
      for (const [id, v] of Object.entries(s.subscriptionsSetting?.itemSettings ?? {})) if (known.has(id) && (v === 'accept' || v === 'reject' || v === 'ban')) items[id] = v;
      settings = { mainSwitch: s.subscriptionsSetting?.mainSwitch !== false, items };
    } catch {
      // Without the standing choices the grants still count; they are read again next time.
    }
  }
  try {
    await call('subscriptions.record', { results, ...(settings ? { settings } : {}) });
  } catch {
    // A lost record costs one message at most; it must never stop what the person was doing.
  }
  // A list fetched before this answer would show the old counts.
  await refreshSubscriptions();
}

/**
 * Call first thing in the tap handler. Resolves when the person has answered WeChat's panel (or
 * at once when there is nothing to ask); never rejects, so the tap's own work always goes on.
 */
export function askToSubscribe(kinds: readonly MessageKind[]): Promise<void> {
  void ask(kinds);
  return answered;
}

let answered: Promise<void> = Promise.resolve();

/**
 * For a tap whose only work is asking (staff's 接收派单提醒): resolves once the answer is recorded
 * and the counts of grants left are fresh, so the screen can show the new count.
 */
export function askAndRecord(kinds: readonly MessageKind[]): Promise<void> {
  return ask(kinds);
}

function ask(kinds: readonly MessageKind[]): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const tmplIds = templatesToAsk(kinds);
    if (tmplIds.length === 0) {
      answered = Promise.resolve();
      return primeSubscriptions();
    }
    let recorded: Promise<void> = Promise.resolve();
    answered = new Promise<void>((resolve) => {
      Taro.requestSubscribeMessage({
        tmplIds,
        success: (res: Record<string, unknown>) => {
          const results: Record<string, Answer> = {};
          for (const id of tmplIds) {
            const v = res[id];
            if (v === 'accept' || v === 'reject' || v === 'ban' || v === 'filter') results[id] = v;
          }
          // The person's own action goes on at once; the answer is recorded alongside it.
          recorded = record(results, true);
          resolve();
        },
        fail: () => resolve(),
        // Taro's type insists on entityIds (an Alipay option); WeChat takes tmplIds alone.
      } as unknown as Parameters<typeof Taro.requestSubscribeMessage>[0]);
    });
    return answered.then(() => recorded);
  }
  answered = Promise.resolve();
  // The browser demo has no WeChat to ask: the local host records the grant as if accepted, so
  // the outbox shows messages as sent.
  if (!hasDevSignIn) return Promise.resolve();
  return (async () => {
    if (!knownTemplates()) await primeSubscriptions();
    const ids = templatesToAsk(kinds);
    if (ids.length > 0) await record(Object.fromEntries(ids.map((id) => [id, 'accept' as const])), false);
  })();
}

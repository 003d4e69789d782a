// The Notifier both adapters share. A message goes through the same steps in the cloud and in
// the local host; only the last one, the transport, differs (WeChat's subscribeMessage.send, or
// "mark it delivered" locally):
//  1. record it in `outbox` under `msg:<dedupeKey>`: a repeated event finds the id taken and
//     stops there, so nothing is ever sent twice;
//  2. look it up in the catalogue and this environment's template ids (unknown kind or no id:
//     recorded as `skipped` with the reason, never an exception in the caller's use-case);
//  3. format its fields with the one validator (refused: `failed`, the field named);
//  4. claim the attempt by compare-and-set on the message, so two job runs never both send it;
//  5. use one of the user's grants for the template (none left, or "never": `no_grant`);
//  6. hand it to the transport and keep WeChat's answer: 0 → `sent`; a transient code → `retrying`
//     at an exponentially later time, tried again by the jobs; anything else → `failed`.
import type { Clock, Notifier, OutgoingMessage } from '../app/context';
import type { UserDoc } from '../app/model';
import { StoreError, type Store } from '../store/port';
import { errorMeaning, isTransient, kindSpec, MAX_ATTEMPTS, retryDelayMs, templateData, type TemplateData } from '../../src/domain/notifications';
import { grantId, prefsId, refuses, takeGrant, type GrantDoc, type SubscriptionPrefsDoc } from './grants';
import type { TemplateIds, TemplateKeys } from './templates';

export interface SendRequest {
  openid: string;
  templateId: string;
  page?: string;
  data: TemplateData;
}

/** WeChat's answer: errcode 0 is success. Transports never throw for a refused message. */
export interface SendAnswer {
  errcode: number;
  errmsg?: string;
}

export interface Transport {
  send(request: SendRequest): Promise<SendAnswer>;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'no_grant' | 'retrying' | 'failed' | 'skipped';

export interface OutboxDoc extends OutgoingMessage {
  _id: string; // msg:<dedupeKey>
  at: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string | null;
  templateId?: string;
  data?: TemplateData;
  /** The grant was used by an earlier attempt: a retry does not take another. */
  grantUsed?: boolean;
  errcode?: number;
  errmsg?: string;
  reason?: string;
  sentAt?: string;
  [key: string]: unknown;
}

/** How long one send may take before the jobs call it interrupted. */
export const SEND_LEASE_MS = 10 * 60_000;
const INTERRUPTED = '发送中断,不确定微信是否已送达;为免重复,不再重试';

/** Network trouble reaching WeChat: kept as errcode -2 and retried. */
export const NETWORK_ERRCODE = -2;

export interface NotifierOptions {
  store: Store;
  clock: Clock;
  transport: Transport;
  templates: TemplateIds;
  /** Keyword overrides per kind (templateKeysFrom); the catalogue's keywords otherwise. */
  keys?: TemplateKeys;
}

export function subscriptionNotifier(options: NotifierOptions): Notifier {
  const { store, clock, transport, templates, keys = {} } = options;
  async function settle(doc: OutboxDoc, expect: Record<string, unknown>, patch: Partial<OutboxDoc>): Promise<void> {
    await store.updateIf('outbox', doc._id, expect, patch);
  }

  async function attempt(doc: OutboxDoc): Promise<void> {
    const now = clock.now();
    const at = now.toISOString();
    const open = { status: doc.status, attempts: doc.attempts };
    const spec = kindSpec(doc.kind);
    if (!spec) return settle(doc, open, { status: 'skipped', reason: `消息目录里没有「${doc.kind}」这种消息`, nextAttemptAt: null });
    const templateId = templates[doc.kind];
    if (!templateId) return settle(doc, open, { status: 'skipped', reason: `没有配置模板 id(请设置 ${spec.env})`, nextAttemptAt: null });
    const formatted = templateData(spec, doc.fields ?? {}, doc.at, keys[doc.kind]);
    if (!formatted.ok) return settle(doc, open, { status: 'failed', reason: formatted.reason, nextAttemptAt: null });

    // Claim this attempt: of two overlapping job runs, one sends and the other finds it taken.
    const attempts = doc.attempts + 1;
    // The lease: a send that has not settled by then was interrupted (a function timed out).
    const leaseUntil = new Date(now.getTime() + SEND_LEASE_MS).toISOString();
    const claimed = await store.updateIf<OutboxDoc>('outbox', doc._id, open, { status: 'sending', attempts, templateId, data: formatted.data, nextAttemptAt: leaseUntil });
    if (!claimed) return;
    const mine = { status: 'sending', attempts };

    const user = await store.get<UserDoc>('users', doc.toUserId);
    if (!user) return settle(doc, mine, { status: 'failed', reason: '收件人不存在', nextAttemptAt: null });
    if (!doc.grantUsed) {
      const prefs = await store.get<SubscriptionPrefsDoc>('subscriptionPrefs', prefsId(user._id));
      if (refuses(prefs, templateId)) return settle(doc, mine, { status: 'no_grant', reason: '对方选择了不接收这类消息', nextAttemptAt: null });
      if (!(await takeGrant(store, user._id, templateId, at, doc.reserve))) {
        const reason = doc.reserve ? '对方只剩留给更重要进度(如“已完成，请确认”)的订阅次数' : '对方没有剩余的订阅次数';
        return settle(doc, mine, { status: 'no_grant', reason, nextAttemptAt: null });
      }
    }

    let answer: SendAnswer;
    try {
      answer = await transport.send({ openid: user.openid, templateId, ...(doc.page ? { page: doc.page } : {}), data: formatted.data });
    } catch (error) {
      answer = { errcode: NETWORK_ERRCODE, errmsg: error instanceof Error ? error.message : String(error) };
    }
    const kept = { errcode: answer.errcode, ...(answer.errmsg ? { errmsg: answer.errmsg } : {}) };
    if (answer.errcode === 0) return settle(doc, mine, { status: 'sent', sentAt: at, grantUsed: true, nextAttemptAt: null, ...kept });
    if (isTransient(answer.errcode) && attempts < MAX_ATTEMPTS) {
      const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
      return settle(doc, mine, { status: 'retrying', grantUsed: true, nextAttemptAt, reason: errorMeaning(answer.errcode), ...kept });
    }
    const reason = isTransient(answer.errcode) ? `${errorMeaning(answer.errcode)},已重试 ${attempts} 次` : errorMeaning(answer.errcode);
    await settle(doc, mine, { status: 'failed', grantUsed: true, nextAttemptAt: null, reason, ...kept });
    await alignGrants(store, user._id, templateId, answer.errcode, at);
  }

  return {
    async send(message: OutgoingMessage) {
      const doc: OutboxDoc = { ...message, _id: `msg:${message.dedupeKey}`, at: clock.now().toISOString(), status: 'queued', attempts: 0, nextAttemptAt: null };
      try {
        await store.insert('outbox', doc);
      } catch (error) {
        if (error instanceof StoreError && error.code === 'duplicate') return;
        throw error;
      }
      try {
        await attempt(doc);
      } catch (error) {
        // The use-case that sent it already did its work; a store hiccup here leaves the message
        // `queued`, visible in the outbox, rather than failing the resident's action.
        console.error('[notify]', doc._id, error);
      }
    },

    async retryDue(now: Date) {
      const at = now.toISOString();
      // Interrupted sends: WeChat may or may not have delivered, so they are not tried again
      // (a second card would be worse than none); the outbox says what happened.
      const stuck = await store.find<OutboxDoc>('outbox', { where: { status: 'sending', nextAttemptAt: { $lte: at } }, orderBy: [['nextAttemptAt', 'asc']], limit: 100 });
      for (const doc of stuck) await settle(doc, { status: 'sending', attempts: doc.attempts }, { status: 'failed', reason: INTERRUPTED, nextAttemptAt: null });
      const due = await store.find<OutboxDoc>('outbox', { where: { status: 'retrying', nextAttemptAt: { $lte: at } }, orderBy: [['nextAttemptAt', 'asc']], limit: 100 });
      for (const doc of due) await attempt(doc);
      return due.length;
    },

    templateIds: () => ({ ...templates }),
    // One compound's outbox (server/store/scoped.ts): its messages, their dedupe keys and its recipients.
    forStore: (other: Store) => subscriptionNotifier({ ...options, store: other }),
  };
}

/**
 * Keeps the grant count as WeChat sees it after a refusal. 43101: WeChat holds no grant for this
 * person and template (they cancelled, or our count drifted), so none is left. A refusal of our
 * own making (bad data, template id or page) used none of WeChat's, so ours is given back.
 */
async function alignGrants(store: Store, userId: string, templateId: string, errcode: number, at: string): Promise<void> {
  if (errcode === 43101) {
    const grant = await store.get<GrantDoc>('grants', grantId(userId, templateId));
    if (grant && grant.remaining > 0) await store.updateIf('grants', grant._id, { remaining: grant.remaining }, { remaining: 0, updatedAt: at });
  } else if (errcode === 47003 || errcode === 40037 || errcode === 41030) {
    await store.increment('grants', grantId(userId, templateId), { remaining: 1, used: -1 });
  }
}

/** The local transport: WeChat is not there, so a message that reaches it counts as delivered. */
export const localTransport: Transport = {
  async send() {
    return { errcode: 0, errmsg: 'ok' };
  },
};

// Subscription grants, counted per user and template: each one-time "accept" in
// requestSubscribeMessage lets WeChat deliver exactly one message, so the app keeps the same count
// and never tries a send it knows WeChat would refuse (43101). The count changes only by atomic
// increment (a grant) and compare-and-set (a use), so two sends racing for the last grant cannot
// both win.
import type { Store } from '../store/port';
import { StoreError } from '../store/port';

export interface GrantDoc {
  _id: string; // grant:<userId>:<templateId>
  userId: string;
  templateId: string;
  /** Accepted one-time grants not used yet. */
  remaining: number;
  accepted: number;
  used: number;
  updatedAt: string;
  [key: string]: unknown;
}

/** The user's standing choices from getSetting({withSubscriptions: true}). */
export interface SubscriptionPrefsDoc {
  _id: string; // subPrefs:<userId>
  userId: string;
  /** false: the user switched off all subscription messages of this mini-program. */
  mainSwitch: boolean;
  /** templateId → 'accept' (always allow, asked silently) | 'reject' | 'ban' (never). */
  items: Record<string, string>;
  updatedAt: string;
  [key: string]: unknown;
}

export const grantId = (userId: string, templateId: string) => `grant:${userId}:${templateId}`;
export const prefsId = (userId: string) => `subPrefs:${userId}`;

export async function addGrants(store: Store, userId: string, templateId: string, count: number, at: string): Promise<void> {
  const id = grantId(userId, templateId);
  try {
    await store.insert('grants', { _id: id, userId, templateId, remaining: 0, accepted: 0, used: 0, updatedAt: at });
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
  }
  await store.increment('grants', id, { remaining: count, accepted: count });
}

/**
 * Uses one grant; false when none is left beyond `reserve` (grants kept for a more important
 * message of the same template). Compare-and-set, retried when another use won.
 */
export async function takeGrant(store: Store, userId: string, templateId: string, at: string, reserve = 0): Promise<boolean> {
  const id = grantId(userId, templateId);
  for (let attempt = 0; attempt < 8; attempt++) {
    const grant = await store.get<GrantDoc>('grants', id);
    if (!grant || grant.remaining <= Math.max(0, reserve)) return false;
    const taken = await store.updateIf('grants', id, { remaining: grant.remaining, used: grant.used }, { remaining: grant.remaining - 1, used: grant.used + 1, updatedAt: at });
    if (taken) return true;
  }
  return false;
}

/** Whether the user said "never" for this template (or for all of them). */
export function refuses(prefs: SubscriptionPrefsDoc | null, templateId: string): boolean {
  if (!prefs) return false;
  if (prefs.mainSwitch === false) return true;
  const choice = prefs.items?.[templateId];
  return choice === 'reject' || choice === 'ban';
}

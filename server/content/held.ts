// A text WeChat's content check refused is not lost: the whole call (action and raw input) is held
// as a `heldTexts` document for the committee or the community to read (人工复核), never shown to
// residents. A reviewer may publish it anyway (server/app/review/content.publish.ts runs the same
// call again as its writer, the check waived) or discard it; both are logged as events.
// The id is a hash of writer, action and input: pressing 提交 twice holds one text, not two.
import { createHash } from 'node:crypto';
import type { CollectionSpecs, Doc } from '../store/port';
import { StoreError } from '../store/port';
import type { Caller, Ctx } from '../app/context';
import { eventDoc } from '../app/events';
import { reviewersOf, type HeldStatus, type Reviewer } from '../../src/domain/contentReview';

export const heldCollections: CollectionSpecs = {
  /** `held:<hash>`: a refused call waiting for, or settled by, a reviewer (content.held lists the open ones). */
  heldTexts: { indexes: [['status', 'at']] },
};

export interface HeldTextDoc extends Doc {
  _id: string;
  status: HeldStatus;
  action: string;
  /** The call's input as it arrived; run again as the writer when published. */
  input: unknown;
  authorId: string;
  authorOpenid: string;
  authorName: string;
  /** The field refused and its text, as the reviewer reads it. */
  field: string;
  text: string;
  label: number | null;
  kind: string;
  reviewers: Reviewer[];
  at: string;
  decidedBy?: string;
  decidedAt?: string;
  /** Why the last try to publish did not go through (the call's own refusal). */
  lastError?: string;
}

export const heldIdFor = (authorId: string, action: string, input: unknown) =>
  `held:${createHash('sha256').update(JSON.stringify([authorId, action, input])).digest('hex').slice(0, 32)}`;

/** Holds the refused call for review; answers the held id, or null when the call cannot be held (no call recorded). */
export async function holdRefused(ctx: Ctx, author: Caller, refused: { field: string; text: string; label?: number; kind: string }): Promise<string | null> {
  if (!ctx.call) return null;
  const _id = heldIdFor(author.userId, ctx.call.action, ctx.call.input);
  const doc: HeldTextDoc = {
    _id,
    status: 'pending',
    action: ctx.call.action,
    input: ctx.call.input,
    authorId: author.userId,
    authorOpenid: author.openid,
    authorName: author.name,
    field: refused.field,
    text: refused.text,
    label: refused.label ?? null,
    kind: refused.kind,
    reviewers: reviewersOf(ctx.call.action),
    at: ctx.clock.now().toISOString(),
  };
  try {
    await ctx.store.transaction(async (tx) => {
      await tx.insert('heldTexts', doc);
      await tx.insert('events', eventDoc(ctx, 'content.held', _id, { action: doc.action, field: doc.field, label: doc.label, kind: doc.kind, reviewers: doc.reviewers }));
    });
  } catch (error) {
    // The same text sent again (a second tap, a retry): it is already held.
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
  }
  return _id;
}

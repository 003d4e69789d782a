// Loads a held text for a reviewer: 404 when it does not exist or is not theirs to read (the
// committee never learns of a held care record), 409 when it is already settled.
import type { Caller, Ctx } from '../../context';
import { conflict, notFound } from '../../errors';
import { mayReview, HELD_STATUS_TEXT } from '../../../../src/domain/contentReview';
import type { HeldTextDoc } from '../../../content/held';
import { governanceFields, governanceRefusals } from '../../../../src/copy/governance';

export async function loadHeldForReview(ctx: Ctx, caller: Caller, id: string): Promise<HeldTextDoc> {
  const held = await ctx.store.get<HeldTextDoc>('heldTexts', id);
  if (!held || !mayReview(caller.roles, held.reviewers)) throw notFound(governanceFields.heldText);
  if (held.status === 'published' || held.status === 'discarded') throw conflict(governanceRefusals.heldTextAlreadyHandled(HELD_STATUS_TEXT[held.status]), { status: held.status });
  return held;
}

/** What every review event records: which text, of what, by whom, and what WeChat flagged. */
export const reviewFacts = (held: HeldTextDoc) => ({ action: held.action, field: held.field, label: held.label, kind: held.kind, authorId: held.authorId, reviewers: held.reviewers });

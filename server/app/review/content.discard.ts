// content.discard: a reviewer decides a held text stays unpublished (the check was right, or an
// interrupted publish already went through). Logged as content.discarded.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { eventDoc } from '../events';
import { loadHeldForReview, reviewFacts } from './helpers/heldAccess';
import { allowed } from '../../../src/domain/permissions';
import { governanceFields, governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

export const discardHeldText = defineAction({
  name: 'content.discard',
  summary: governanceSummaries['content.discard'],
  input: z.object({ heldId: id(governanceFields.heldText) }).strict(),
  roles: allowed('content.discard'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const held = await loadHeldForReview(ctx, caller, input.heldId);
    const now = ctx.clock.now().toISOString();
    await ctx.store.transaction(async (tx) => {
      // Read again inside: a publish that started meanwhile must not be discarded under it unseen.
      const current = await tx.get<typeof held>('heldTexts', held._id);
      if (!current || current.status !== held.status) throw conflict(governanceRefusals.heldTextHandledMeanwhile);
      await tx.update('heldTexts', held._id, { status: 'discarded', decidedBy: caller.userId, decidedAt: now });
      await tx.insert('events', eventDoc(ctx, 'content.discarded', held._id, reviewFacts(held)));
    });
    return { held: { id: held._id, status: 'discarded' as const } };
  },
});

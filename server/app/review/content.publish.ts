// content.publish: after reading it, a reviewer publishes a text WeChat's check refused: the held
// call runs again as its writer (their roles as they are now), the check waived because a person
// has read it. Logged as content.published (who, when, which text, the label). Refuses, keeping
// the text held, when the call itself no longer goes through (the meeting's minutes were approved,
// the writer lost the role…). A call cut off mid-publish stays "发布中断" and is never run twice:
// the reviewer checks and discards it.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import type { ContentChecker, Ctx, Deps } from '../context';
import { conflict } from '../errors';
import { eventDoc } from '../events';
import { dispatch } from '../dispatch';
import type { HeldTextDoc } from '../../content/held';
import { loadHeldForReview, reviewFacts } from './helpers/heldAccess';
import { allowed } from '../../../src/domain/permissions';
import { governanceFields, governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

/** The check a reviewer's reading replaces. */
const readByPerson: ContentChecker = { check: async () => ({ ok: true }) };

function depsOf(ctx: Ctx): Deps {
  const { caller: _caller, identity: _identity, loadCaller: _load, call: _call, ...deps } = ctx;
  return deps;
}

export const publishHeldText = defineAction({
  name: 'content.publish',
  summary: governanceSummaries['content.publish'],
  input: z.object({ heldId: id(governanceFields.heldText) }).strict(),
  roles: allowed('content.publish'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const held = await loadHeldForReview(ctx, caller, input.heldId);
    if (held.status === 'publishing') throw conflict(governanceRefusals.publishInterrupted, { status: held.status });
    const now = ctx.clock.now().toISOString();
    const claimed = await ctx.store.updateIf<HeldTextDoc>('heldTexts', held._id, { status: 'pending' }, { status: 'publishing', decidedBy: caller.userId, decidedAt: now });
    if (!claimed) throw conflict(governanceRefusals.heldTextHandledMeanwhile);
    const outcome = await dispatch({ ...depsOf(ctx), contentCheck: readByPerson }, held.action, held.input, { openid: held.authorOpenid });
    if (!outcome.body.ok) {
      const reason = outcome.body.error.message;
      await ctx.store.updateIf('heldTexts', held._id, { status: 'publishing' }, { status: 'pending', lastError: reason });
      throw conflict(governanceRefusals.notPublished(reason), { status: 'pending' });
    }
    await ctx.store.transaction(async (tx) => {
      await tx.update('heldTexts', held._id, { status: 'published', decidedBy: caller.userId, decidedAt: now });
      await tx.insert('events', eventDoc(ctx, 'content.published', held._id, reviewFacts(held)));
    });
    return { held: { id: held._id, status: 'published' as const } };
  },
});

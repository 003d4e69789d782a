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
import { loadHeldForReview, reviewFacts } from './heldAccess';
import { allowed } from '../../../src/domain/permissions';

/** The check a reviewer's reading replaces. */
const readByPerson: ContentChecker = { check: async () => ({ ok: true }) };

function depsOf(ctx: Ctx): Deps {
  const { caller: _caller, identity: _identity, loadCaller: _load, call: _call, ...deps } = ctx;
  return deps;
}

export const publishHeldText = defineAction({
  name: 'content.publish',
  summary: '人工复核后照原文发布被微信内容安全拦下的文字(业委会、社区),记录谁在何时发布',
  input: z.object({ heldId: id('待复核的文字') }).strict(),
  roles: allowed('content.publish'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const held = await loadHeldForReview(ctx, caller, input.heldId);
    if (held.status === 'publishing') throw conflict('上次发布被中断,可能已经发布:请先核对,再选择不发布', { status: held.status });
    const now = ctx.clock.now().toISOString();
    const claimed = await ctx.store.updateIf<HeldTextDoc>('heldTexts', held._id, { status: 'pending' }, { status: 'publishing', decidedBy: caller.userId, decidedAt: now });
    if (!claimed) throw conflict('别人刚刚处理了这段文字,请刷新');
    const outcome = await dispatch({ ...depsOf(ctx), contentCheck: readByPerson }, held.action, held.input, { openid: held.authorOpenid });
    if (!outcome.body.ok) {
      const reason = outcome.body.error.message;
      await ctx.store.updateIf('heldTexts', held._id, { status: 'publishing' }, { status: 'pending', lastError: reason });
      throw conflict(`没有发布:${reason}`, { status: 'pending' });
    }
    await ctx.store.transaction(async (tx) => {
      await tx.update('heldTexts', held._id, { status: 'published', decidedBy: caller.userId, decidedAt: now });
      await tx.insert('events', eventDoc(ctx, 'content.published', held._id, reviewFacts(held)));
    });
    return { held: { id: held._id, status: 'published' as const } };
  },
});

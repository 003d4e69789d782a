// plan.follow: a resident follows (or stops following) a plan item and is told when it moves.
// Following twice is one follow; the item's follower count stays exact.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { notFound } from '../errors';
import type { PlanItemDoc } from './model';
import { followId } from './plan.get';
import { allowed } from '../../../src/domain/permissions';
import { governanceFields, governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

export const followPlanItem = defineAction({
  name: 'plan.follow',
  summary: governanceSummaries['plan.follow'],
  input: z.object({ itemId: id(governanceFields.planItem), follow: z.boolean({ error: governanceRefusals.followMissing }) }).strict(),
  roles: allowed('plan.follow'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const item = await ctx.store.get<PlanItemDoc>('planItems', input.itemId);
    if (!item) throw notFound(governanceFields.planItem);
    const _id = followId(item._id, caller.userId);
    await ctx.store.transaction(async (tx) => {
      const existing = await tx.get('planFollows', _id);
      const current = await tx.get<PlanItemDoc>('planItems', item._id);
      if (input.follow && !existing) {
        await tx.insert('planFollows', { _id, itemId: item._id, userId: caller.userId, at: ctx.clock.now().toISOString() });
        await tx.update('planItems', item._id, { followers: (current?.followers ?? 0) + 1 });
      } else if (!input.follow && existing) {
        await tx.remove('planFollows', _id);
        await tx.update('planItems', item._id, { followers: Math.max(0, (current?.followers ?? 1) - 1) });
      }
    });
    return { following: input.follow };
  },
});

// plan.get: one plan item with its milestones and every change with its reason (newest first),
// and whether the caller follows it.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { notFound } from '../errors';
import { isParty, type PlanChangeDoc, type PlanItemDoc } from './model';
import { planItemView } from './helpers/planViews';
import { allowed } from '../../../src/domain/permissions';
import { governanceFields, governanceSummaries } from '../../../src/copy/governance';

export const followId = (itemId: string, userId: string) => `planFollow:${itemId}:${userId}`;

export const getPlanItem = defineAction({
  name: 'plan.get',
  summary: governanceSummaries['plan.get'],
  input: z.object({ itemId: id(governanceFields.planItem) }).strict(),
  roles: allowed('plan.get'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const item = await ctx.store.get<PlanItemDoc>('planItems', input.itemId);
    if (!item) throw notFound(governanceFields.planItem);
    const [changes, follow] = await Promise.all([
      ctx.store.find<PlanChangeDoc>('planChanges', { where: { itemId: item._id }, orderBy: [['at', 'desc']], limit: 100 }),
      ctx.store.get('planFollows', followId(item._id, caller.userId)),
    ]);
    return {
      item: planItemView(item),
      changes: changes.map((c) => ({ id: c._id, at: c.at, byName: c.byName, from: c.from, to: c.to, milestone: c.milestone, reason: c.reason })),
      following: !!follow,
      canEdit: isParty(caller),
    };
  },
});

// plan.list: the year's key work plan (年度重点工作计划) with each item's progress, for everyone.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { isParty, type PlanItemDoc } from './model';
import { planItemView } from './helpers/planViews';
import { inChina } from '../../../src/domain/chinaTime';
import { allowed } from '../../../src/domain/permissions';
import { governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

export const listPlan = defineAction({
  name: 'plan.list',
  summary: governanceSummaries['plan.list'],
  input: z.object({ year: z.number({ error: governanceRefusals.yearMalformed }).int(governanceRefusals.yearMalformed).min(2000, governanceRefusals.yearMalformed).max(2100, governanceRefusals.yearMalformed).optional() }).strict(),
  roles: allowed('plan.list'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const year = input.year ?? inChina(ctx.clock.now()).year();
    const items = await ctx.store.find<PlanItemDoc>('planItems', { where: { year }, orderBy: [['order', 'asc']], limit: 100 });
    const views = items.map(planItemView);
    const budget = views.reduce((s, i) => s + i.budgetYuan, 0);
    return { year, canEdit: isParty(caller), items: views, budgetYuan: budget, done: views.filter((i) => i.state === 'done').length };
  },
});

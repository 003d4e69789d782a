// plan.create: the three parties add an item to the year's plan: what, who leads it, budget and
// funding source, milestones. The item's id comes from the year and a short code, so the
// same item cannot be added twice.
import { createPlanItemInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { conflict } from '../errors';
import { eventDoc } from '../events';
import { StoreError } from '../../store/port';
import { requireParty, type PlanItemDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

/** The same title in the same year is the same item: a short FNV-1a hash of it as the code. */
export function codeOf(title: string): string {
  let h = 0x811c9dc5;
  for (const ch of title.replace(/\s+/g, '')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `t${h.toString(36)}`;
}

export const createPlanItem = defineAction({
  name: 'plan.create',
  summary: governanceSummaries['plan.create'],
  input: createPlanItemInput,
  roles: allowed('plan.create'),
  async run(ctx, input) {
    requireParty(callerOf(ctx));
    const now = ctx.clock.now().toISOString();
    const order = await ctx.store.count('planItems', { year: input.year });
    const item: PlanItemDoc = {
      _id: `plan:${input.year}:${input.code ?? codeOf(input.title)}`,
      year: input.year,
      order: order + 1,
      title: input.title,
      description: input.description ?? '',
      party: input.party,
      owner: input.owner,
      budgetYuan: input.budgetYuan,
      funding: input.funding,
      milestones: input.milestones.map((m) => ({ ...m, done: false })),
      progress: 0,
      version: 0,
      followers: 0,
      updatedAt: now,
      createdAt: now,
    };
    try {
      await ctx.store.transaction(async (tx) => {
        await tx.insert('planItems', item);
        await tx.insert('events', eventDoc(ctx, 'plan.created', item._id, { title: item.title, budgetYuan: item.budgetYuan, funding: item.funding }));
      });
    } catch (e) {
      if (e instanceof StoreError && e.code === 'duplicate') throw conflict(governanceRefusals.planItemExists);
      throw e;
    }
    return { item: { id: item._id } };
  },
});

// plan.create: the three parties add an item to the year's plan: what, who leads it, budget and
// funding source, milestones. The item's id comes from the year and a short code, so the
// same item cannot be added twice.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { optionalText, text } from '../../../src/domain/fields';
import { FUNDING_CODES, PARTY_CODES, type Funding, type Party } from '../../../src/domain/governance';
import { conflict } from '../errors';
import { eventDoc } from '../events';
import { StoreError } from '../../store/port';
import { requireParty, type PlanItemDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { governanceFields, governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

export const planItemInput = z
  .object({
    year: z.number({ error: governanceRefusals.yearMissing }).int(governanceRefusals.yearMalformed).min(2000, governanceRefusals.yearMalformed).max(2100, governanceRefusals.yearMalformed),
    /** A short stable code (water, fire-main); from the app's form it is derived from the title. */
    code: z.string({ error: governanceRefusals.planCodeMalformed }).regex(/^[a-z0-9_-]{2,30}$/, governanceRefusals.planCodeCharacters).optional(),
    title: text(governanceFields.planTitle, { max: 30 }),
    description: optionalText(governanceFields.planDescription, 300),
    party: z.enum(PARTY_CODES as [Party, ...Party[]], { error: governanceRefusals.partyMissing }),
    owner: text(governanceFields.doer, { max: 20 }),
    budgetYuan: z.number({ error: governanceRefusals.budgetNotInteger }).int(governanceRefusals.budgetNotInteger).min(0, governanceRefusals.budgetNegative).max(1_000_000_000, governanceRefusals.budgetTooLarge),
    funding: z.enum(FUNDING_CODES as [Funding, ...Funding[]], { error: governanceRefusals.fundingMissing }),
    milestones: z
      .array(z.object({ title: text(governanceFields.milestone, { max: 30 }), due: z.string({ error: governanceRefusals.milestoneMonthMalformed }).regex(/^20\d\d-(0[1-9]|1[0-2])$/, governanceRefusals.milestoneMonthMalformed) }).strict(), { error: governanceRefusals.milestoneMalformed })
      .max(12, governanceRefusals.tooManyMilestones)
      .default([]),
  })
  .strict();

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
  input: planItemInput,
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

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

export const planItemInput = z
  .object({
    year: z.number({ error: '请填写年份' }).int('年份格式不对').min(2000, '年份格式不对').max(2100, '年份格式不对'),
    /** A short stable code (water, fire-main); from the app's form it is derived from the title. */
    code: z.string({ error: '项目代号格式不对' }).regex(/^[a-z0-9_-]{2,30}$/, '项目代号只能用小写字母、数字和横线').optional(),
    title: text('项目名称', { max: 30 }),
    description: optionalText('项目说明', 300),
    party: z.enum(PARTY_CODES as [Party, ...Party[]], { error: '请选择负责的一方' }),
    owner: text('负责人', { max: 20 }),
    budgetYuan: z.number({ error: '预算应是整数(元)' }).int('预算应是整数(元)').min(0, '预算不能为负').max(1_000_000_000, '预算太大'),
    funding: z.enum(FUNDING_CODES as [Funding, ...Funding[]], { error: '请选择资金来源' }),
    milestones: z
      .array(z.object({ title: text('里程碑', { max: 30 }), due: z.string({ error: '里程碑月份格式应为 2026-06' }).regex(/^20\d\d-(0[1-9]|1[0-2])$/, '里程碑月份格式应为 2026-06') }).strict(), { error: '里程碑格式不对' })
      .max(12, '里程碑最多 12 个')
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
  summary: '新增年度计划项目(社区、业委会、物业)',
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
      if (e instanceof StoreError && e.code === 'duplicate') throw conflict('今年的计划里已经有这个项目了');
      throw e;
    }
    return { item: { id: item._id } };
  },
});

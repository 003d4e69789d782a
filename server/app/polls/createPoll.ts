// polls.create: the committee drafts a consultation (any question, 2–10 options, one answer per
// unit or per resident), an art. 278 decision (item 1–9) or a committee election (5–11 seats, an
// odd number; candidates with a short statement). Refuses a closing time in the past and
// candidates or options named twice. Nobody votes on a draft.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { optionalText, text } from '../../../src/domain/fields';
import type { Law278Item } from '../../../src/domain/law278';
import { invalid } from '../errors';
import { eventDoc } from '../events';
import type { PollDoc } from './model';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';

const common = {
  title: text('标题', { max: 60 }),
  description: optionalText('说明', 2000),
  allowChange: z.boolean({ error: '是否允许改票应为是或否' }).optional(),
  closesAt: z.iso.datetime({ error: '截止时间格式不对', offset: true }).optional(),
};

const consultation = z
  .object({
    kind: z.literal('consultation'),
    ...common,
    options: z.array(text('选项', { max: 40 }), { error: '请填写选项' }).min(2, '至少要两个选项').max(10, '最多 10 个选项'),
    per: z.enum(['unit', 'resident'], { error: '请选择每户一票还是每人一票' }),
  })
  .strict();

const decision = z
  .object({
    kind: z.literal('decision'),
    ...common,
    item: z.number({ error: '请选择表决事项(民法典第二百七十八条第1至9项)' }).int('表决事项应是1至9项之一').min(1, '表决事项应是1至9项之一').max(9, '表决事项应是1至9项之一'),
  })
  .strict();

const election = z
  .object({
    kind: z.literal('election'),
    ...common,
    seats: z
      .number({ error: '请填写委员名额' })
      .int('委员名额应为整数')
      .min(5, '委员名额应为5至11人')
      .max(11, '委员名额应为5至11人')
      .refine((n) => n % 2 === 1, '委员名额应为单数'),
    candidates: z
      .array(z.object({ name: text('候选人姓名', { max: 20 }), statement: text('候选人简介', { max: 300 }) }).strict(), { error: '请填写候选人' })
      .min(1, '至少要一位候选人')
      .max(40, '最多 40 位候选人'),
  })
  .strict();

export const createPoll = defineAction({
  name: 'polls.create',
  summary: '业委会起草征询、表决(民法典第二百七十八条第1至9项)或业委会选举;草稿不能投票',
  input: z.discriminatedUnion('kind', [consultation, decision, election], { error: '请选择类型:征询、表决或选举' }),
  roles: allowed('polls.create'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    // What every owner will read: the title, the description, each option, each candidate's statement.
    await requireClean(ctx, caller, [
      ['title', input.title],
      ['description', input.description],
      ...(input.kind === 'consultation' ? input.options.map((o, i): [string, string] => [`options.${i}`, o]) : []),
      ...(input.kind === 'election' ? input.candidates.map((c, i): [string, string] => [`candidates.${i}.statement`, `${c.name}\n${c.statement}`]) : []),
    ]);
    if (input.closesAt && Date.parse(input.closesAt) <= now.getTime()) throw invalid('closesAt', '截止时间应晚于现在');
    const poll: PollDoc = {
      _id: newId('poll', now, { randomLength: 8 }),
      kind: input.kind,
      title: input.title,
      description: input.description ?? '',
      allowChange: input.allowChange ?? false,
      closesAt: input.closesAt ? new Date(input.closesAt).toISOString() : null,
      status: 'draft',
      createdBy: caller.userId,
      createdAt: now.toISOString(),
    };
    if (input.kind === 'consultation') {
      const dup = input.options.findIndex((o, i) => input.options.indexOf(o) !== i);
      if (dup >= 0) throw invalid(`options.${dup}`, `选项"${input.options[dup]}"重复了`);
      Object.assign(poll, { options: input.options.map((label, i) => ({ id: `o${i + 1}`, label })), per: input.per });
    } else if (input.kind === 'decision') {
      poll.item = input.item as Law278Item;
    } else {
      const names = input.candidates.map((c) => c.name);
      const dup = names.findIndex((n, i) => names.indexOf(n) !== i);
      // Names are what the count and the recount file show: two people of one name need a distinguishing mark.
      if (dup >= 0) throw invalid(`candidates.${dup}.name`, `候选人"${names[dup]}"重名,请加以区分(如注明楼栋)`);
      Object.assign(poll, { seats: input.seats, candidates: input.candidates.map((c, i) => ({ id: `c${i + 1}`, ...c })) });
    }
    await ctx.store.transaction(async (tx) => {
      await tx.insert('polls', poll);
      await tx.insert('events', eventDoc(ctx, 'poll.created', poll._id, { kind: poll.kind, title: poll.title }));
    });
    return { poll: { id: poll._id, kind: poll.kind, status: poll.status } };
  },
});

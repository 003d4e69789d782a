// The inputs of the work-order forms, parsed by the server's actions (tasks.create,
// recurrences.create) and checked by the same forms before anything is sent.
import { z } from 'zod';
import { id, optionalText, text } from '../fields';

export const taskKind = z.enum(['repair', 'cleaning', 'meter_reading', 'other'], { error: '工单类型不对' });

export const createTaskInput = z
  .object({
    issueId: id('报事').optional(),
    title: text('工单标题', { max: 40 }),
    description: optionalText('工单说明', 300),
    kind: taskKind.default('repair'),
    assigneeId: id('员工').nullable().optional(),
    dueAt: z.iso.datetime({ error: '请选择完成时间', offset: true }),
    route: optionalText('抄表路线', 40),
  })
  .strict();

const time = z.string({ error: '请填写执行时间' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, '执行时间格式应为 08:00');

export const recurrenceRule = z.discriminatedUnion(
  'freq',
  [
    z.object({ freq: z.literal('daily'), time }).strict(),
    z.object({ freq: z.literal('weekly'), weekday: z.number({ error: '请选择星期几' }).int('星期应为 1–7').min(1, '星期应为 1–7').max(7, '星期应为 1–7'), time }).strict(),
    z.object({ freq: z.literal('monthly'), day: z.number({ error: '请填写每月几号' }).int('请填写 1 到 28 之间的日期').min(1, '请填写 1 到 28 之间的日期').max(28, '请填写 1 到 28 之间的日期'), time }).strict(),
  ],
  { error: '请选择重复方式:每天、每周或每月' },
);

export const createRecurrenceInput = z
  .object({
    title: text('工单标题', { max: 40 }),
    kind: taskKind.default('cleaning'),
    rule: recurrenceRule,
    assigneeId: id('员工').nullable().optional(),
    durationHours: z.number({ error: '请填写时长' }).int('时长应是整小时').min(1, '时长至少 1 小时').max(24 * 7, '时长不能超过一周').default(4),
    route: optionalText('抄表路线', 40),
  })
  .strict()
  // A meter-reading round needs its route: the timed job makes each task for that route. Checked
  // even when another field is refused, so the form shows every missing field at once.
  .refine((v) => v.kind !== 'meter_reading' || !!v.route, { path: ['route'], message: '抄水表任务请填写抄表路线', when: (p) => typeof p.value === 'object' && p.value !== null });

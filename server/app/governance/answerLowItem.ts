// inspections.answer: the property manager answers an item the quality director scored low:
// what will be done, and (usually) a task on the dispatch board, opened the way tasks.create
// opens one. One answer per item; refuses an item that is not low or not yet submitted.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText, text } from '../../../src/domain/fields';
import { CHECKLIST, CHECKLIST_CODES, LOW_SCORE, quarterLabel, type ChecklistCode } from '../../../src/domain/governance';
import type { Ctx } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import { openTask, prepareTask } from '../tasks/openTask';
import type { Tx } from '../../store/port';
import type { InspectionDoc, LowItemAnswer } from './model';
import { inspectionId, quarterField } from './inspectionView';
import { allowed } from '../../../src/domain/permissions';

async function saveAnswer(ctx: Ctx, tx: Tx, _id: string, code: ChecklistCode, answer: LowItemAnswer): Promise<void> {
  const current = await tx.get<InspectionDoc>('inspections', _id);
  if (!current) throw notFound('这个季度的检查记录');
  if (current.answers[code]) throw conflict('这一项已经答复过了');
  await tx.update('inspections', _id, { answers: { ...current.answers, [code]: answer } });
  await tx.insert('events', eventDoc(ctx, 'inspection.answered', _id, { code, text: answer.text, taskId: answer.taskId }));
}

export const answerLowItem = defineAction({
  name: 'inspections.answer',
  summary: '物业经理答复低分项:写明整改措施,可同时派整改工单',
  input: z
    .object({
      quarter: quarterField,
      code: z.enum(CHECKLIST_CODES as [ChecklistCode, ...ChecklistCode[]], { error: '检查项目不对' }),
      text: text('整改措施', { max: 200 }),
      task: z
        .object({
          title: optionalText('工单标题', 40),
          dueAt: z.iso.datetime({ error: '请选择完成时间', offset: true }),
          assigneeId: id('员工').nullable().optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  roles: allowed('inspections.answer'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const _id = inspectionId(input.quarter);
    const doc = await ctx.store.get<InspectionDoc>('inspections', _id);
    if (!doc || doc.status !== 'submitted') throw notFound('这个季度已提交的检查');
    const item = doc.items.find((i) => i.code === input.code);
    if (!item || item.score === null || item.score >= LOW_SCORE) throw invalid('code', `只需答复低于 ${LOW_SCORE} 分的项目`);
    if (doc.answers[input.code]) throw conflict('这一项已经答复过了');
    const now = ctx.clock.now();
    const answer: LowItemAnswer = { text: input.text, taskId: null, by: caller.userId, byName: caller.name, at: now.toISOString() };
    if (input.task) {
      if (Date.parse(input.task.dueAt) < now.getTime() - 60_000) throw invalid('task.dueAt', '完成时间不能早于现在');
      const label = CHECKLIST[input.code].label;
      const prepared = await prepareTask(
        ctx,
        {
          title: input.task.title || `${label}整改`,
          description: `${quarterLabel(input.quarter)}质量检查"${label}"得 ${item.score} 分${item.note ? `(${item.note})` : ''}。整改措施:${input.text}`,
          kind: input.code === 'cleaning' || input.code === 'greening' ? 'cleaning' : 'repair',
          assigneeId: input.task.assigneeId ?? null,
          dueAt: input.task.dueAt,
          createdBy: caller.userId,
        },
        'task.assigneeId',
      );
      answer.taskId = prepared.task._id;
      await openTask(ctx, prepared, (tx) => saveAnswer(ctx, tx, _id, input.code, answer));
    } else {
      await ctx.store.transaction((tx) => saveAnswer(ctx, tx, _id, input.code, answer));
    }
    return { answer };
  },
});

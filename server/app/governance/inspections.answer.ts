// inspections.answer: the property manager answers an item the quality director scored low:
// what will be done, and (usually) a task on the dispatch board, opened the way tasks.create
// opens one. One answer per item; refuses an item that is not low or not yet submitted.
import { answerLowItemInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { CHECKLIST, LOW_SCORE, quarterLabel, type ChecklistCode } from '../../../src/domain/governance';
import type { Ctx } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import { openTask, prepareTask } from '../tasks/helpers/openTask';
import type { Tx } from '../../store/port';
import type { InspectionDoc, LowItemAnswer } from './model';
import { inspectionId } from './helpers/inspectionView';
import { allowed } from '../../../src/domain/permissions';
import { governanceFields, governanceRefusals, governanceServerText, governanceSummaries } from '../../../src/copy/governance';

async function saveAnswer(ctx: Ctx, tx: Tx, _id: string, code: ChecklistCode, answer: LowItemAnswer): Promise<void> {
  const current = await tx.get<InspectionDoc>('inspections', _id);
  if (!current) throw notFound(governanceFields.quarterInspection);
  if (current.answers[code]) throw conflict(governanceRefusals.alreadyAnswered);
  await tx.update('inspections', _id, { answers: { ...current.answers, [code]: answer } });
  await tx.insert('events', eventDoc(ctx, 'inspection.answered', _id, { code, text: answer.text, taskId: answer.taskId }));
}

export const answerLowItem = defineAction({
  name: 'inspections.answer',
  summary: governanceSummaries['inspections.answer'],
  input: answerLowItemInput,
  roles: allowed('inspections.answer'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const _id = inspectionId(input.quarter);
    const doc = await ctx.store.get<InspectionDoc>('inspections', _id);
    if (!doc || doc.status !== 'submitted') throw notFound(governanceFields.quarterSubmittedInspection);
    const item = doc.items.find((i) => i.code === input.code);
    if (!item || item.score === null || item.score >= LOW_SCORE) throw invalid('code', governanceRefusals.answerLowOnly(LOW_SCORE));
    if (doc.answers[input.code]) throw conflict(governanceRefusals.alreadyAnswered);
    const now = ctx.clock.now();
    const answer: LowItemAnswer = { text: input.text, taskId: null, by: caller.userId, byName: caller.name, at: now.toISOString() };
    if (input.task) {
      if (Date.parse(input.task.dueAt) < now.getTime() - 60_000) throw invalid('task.dueAt', governanceRefusals.dueInPast);
      const label = CHECKLIST[input.code].label;
      const prepared = await prepareTask(
        ctx,
        {
          title: input.task.title || governanceServerText.remedyTaskTitle(label),
          description: governanceServerText.remedyTaskDescription(quarterLabel(input.quarter), label, item.score, item.note ? `(${item.note})` : '', input.text),
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

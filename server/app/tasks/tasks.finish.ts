// tasks.finish: the assigned staff member finishes a task with a note and a photo. Refuses a
// second finish (409) and anyone it is not assigned to (403), except that a resend of the same
// operation (same opId, e.g. queued offline and sent twice) answers as the first did. When the
// issue's last task is finished, the issue is done and its reporter asked to confirm.
import { z } from 'zod';
import { opIdField, sameOp } from '../opId';
import { defineAction, callerOf } from '../action';
import { id, text } from '../../../src/domain/fields';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import type { IssueDoc } from '../issues/model';
import type { TaskDoc } from '../model';
import { applyTransition } from '../issues/helpers/applyTransition';
import { photos } from '../issues/helpers/inputs';
import { checkPhotos } from '../issues/helpers/places';
import { allowed } from '../../../src/domain/permissions';
import { taskFields, taskRefusals, taskSummaries } from '../../../src/copy/tasks';

export const finishTask = defineAction({
  name: 'tasks.finish',
  summary: taskSummaries['tasks.finish'],
  input: z
    .object({
      taskId: id(taskFields.task),
      note: text(taskFields.finishNote, { max: 300 }),
      photos,
      opId: opIdField,
    })
    .strict(),
  roles: allowed('tasks.finish'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const photoIds = checkPhotos(ctx, input.photos);
    const at = ctx.clock.now().toISOString();
    const outcome = await ctx.store.transaction(async (tx) => {
      const task = await tx.get<TaskDoc>('tasks', input.taskId);
      if (!task) throw notFound(taskFields.task);
      if (task.assigneeId !== caller.userId) throw forbidden(taskRefusals.notYourTask);
      if (task.status === 'done') {
        if (sameOp(task.finishOpId, input.opId)) return { task, replay: true };
        throw conflict(taskRefusals.alreadyFinished, { status: 'done' });
      }
      if (task.kind !== 'meter_reading' && photoIds.length === 0) throw invalid('photos', taskRefusals.afterPhotoMissing);
      const done: TaskDoc = { ...task, status: 'done', doneAt: at, doneBy: caller.userId, note: input.note, photos: photoIds, ...(input.opId ? { finishOpId: input.opId } : {}) };
      await tx.set('tasks', done);
      await tx.insert('events', eventDoc(ctx, 'task.finished', task.issueId ?? task._id, { taskId: task._id, note: input.note, photos: photoIds }));
      return { task: done, replay: false };
    });
    const { task } = outcome;
    let issueStatus: string | null = null;
    if (task.issueId && !outcome.replay) {
      const issue = await ctx.store.get<IssueDoc>('issues', task.issueId);
      const open = await ctx.store.count('tasks', { issueId: task.issueId, status: { $ne: 'done' } });
      if (issue && open === 0 && issue.status === 'in_progress') {
        issueStatus = (await applyTransition(ctx, issue, 'finish', ['assignee'], { note: input.note, photos: photoIds })).status;
      } else issueStatus = issue?.status ?? null;
    }
    return { task: { id: task._id, status: task.status, doneAt: task.doneAt }, issueStatus, replay: outcome.replay };
  },
});

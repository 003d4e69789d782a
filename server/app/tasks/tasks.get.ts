// tasks.get: one task with how it was finished (note, after-photos), for its assignee and the
// manager. Anyone else gets 404: a task's existence is not theirs to know.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { notFound } from '../errors';
import type { TaskDoc } from '../model';
import { taskViews } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { maySeeTask } from '../../../src/domain/permissions/tasks';
import { taskFields, taskSummaries } from '../../../src/copy/tasks';

export const getTask = defineAction({
  name: 'tasks.get',
  summary: taskSummaries['tasks.get'],
  input: z.object({ taskId: id(taskFields.task) }).strict(),
  roles: allowed('tasks.get'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const task = await ctx.store.get<TaskDoc>('tasks', input.taskId);
    if (!task || !maySeeTask(caller, task)) throw notFound(taskFields.task);
    const [view] = await taskViews(ctx, [task]);
    const photos = await ctx.files.urls(task.photos ?? []);
    return { task: { ...view, note: task.note ?? null, photos } };
  },
});

// tasks.assign: the manager (re)assigns an unfinished task.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import type { TaskDoc } from '../model';
import { loadAssignee } from './helpers/staff';
import { notifyAssignee } from './notices';
import { allowed } from '../../../src/domain/permissions';
import { taskFields, taskRefusals, taskSummaries } from '../../../src/copy/tasks';

export const assignTask = defineAction({
  name: 'tasks.assign',
  summary: taskSummaries['tasks.assign'],
  input: z.object({ taskId: id(taskFields.task), assigneeId: id(taskFields.staff) }).strict(),
  roles: allowed('tasks.assign'),
  async run(ctx, input) {
    const assignee = (await loadAssignee(ctx, input.assigneeId))!;
    const task = await ctx.store.transaction(async (tx) => {
      const current = await tx.get<TaskDoc>('tasks', input.taskId);
      if (!current) throw notFound(taskFields.task);
      if (current.status === 'done') throw conflict(taskRefusals.doneNoReassign, { status: current.status });
      await tx.update('tasks', current._id, { assigneeId: assignee._id });
      await tx.insert('events', eventDoc(ctx, 'task.assigned', current.issueId ?? current._id, { taskId: current._id, assigneeId: assignee._id }));
      return { ...current, assigneeId: assignee._id };
    });
    await notifyAssignee(ctx, task, assignee._id);
    return { task: { id: task._id, assigneeId: task.assigneeId } };
  },
});

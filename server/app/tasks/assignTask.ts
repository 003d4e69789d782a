// tasks.assign: the manager (re)assigns an unfinished task.
import { z } from 'zod';
import { defineAction } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import type { TaskDoc } from '../model';
import { loadAssignee } from './staff';
import { notifyAssignee } from './notify';
import { allowed } from '../../../src/domain/permissions';

export const assignTask = defineAction({
  name: 'tasks.assign',
  summary: '改派工单给另一位员工(未完成的工单)',
  input: z.object({ taskId: id('工单'), assigneeId: id('员工') }).strict(),
  roles: allowed('tasks.assign'),
  async run(ctx, input) {
    const assignee = (await loadAssignee(ctx, input.assigneeId))!;
    const task = await ctx.store.transaction(async (tx) => {
      const current = await tx.get<TaskDoc>('tasks', input.taskId);
      if (!current) throw notFound('工单');
      if (current.status === 'done') throw conflict('工单已经完成,不能改派', { status: current.status });
      await tx.update('tasks', current._id, { assigneeId: assignee._id });
      await tx.insert('events', eventDoc(ctx, 'task.assigned', current.issueId ?? current._id, { taskId: current._id, assigneeId: assignee._id }));
      return { ...current, assigneeId: assignee._id };
    });
    await notifyAssignee(ctx, task, assignee._id);
    return { task: { id: task._id, assigneeId: task.assigneeId } };
  },
});

// tasks.start: the assigned staff member starts a task; its issue counts as in progress.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict, forbidden, notFound } from '../errors';
import { eventDoc } from '../events';
import type { IssueDoc } from '../issues/model';
import type { TaskDoc } from '../model';
import { applyTransition } from '../issues/helpers/applyTransition';
import { allowed } from '../../../src/domain/permissions';
import { taskFields, taskRefusals, taskSummaries } from '../../../src/copy/tasks';

export const startTask = defineAction({
  name: 'tasks.start',
  summary: taskSummaries['tasks.start'],
  input: z.object({ taskId: id(taskFields.task) }).strict(),
  roles: allowed('tasks.start'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const at = ctx.clock.now().toISOString();
    const task = await ctx.store.transaction(async (tx) => {
      const current = await tx.get<TaskDoc>('tasks', input.taskId);
      if (!current) throw notFound(taskFields.task);
      if (current.assigneeId !== caller.userId) throw forbidden(taskRefusals.notYourTask);
      if (current.status !== 'open') throw conflict(current.status === 'done' ? taskRefusals.alreadyDone : taskRefusals.alreadyStarted, { status: current.status });
      await tx.update('tasks', current._id, { status: 'in_progress', startedAt: at });
      await tx.insert('events', eventDoc(ctx, 'task.started', current.issueId ?? current._id, { taskId: current._id }));
      return current;
    });
    if (task.issueId) {
      const issue = await ctx.store.get<IssueDoc>('issues', task.issueId);
      if (issue && (issue.status === 'accepted' || issue.status === 'reopened')) await applyTransition(ctx, issue, 'start', ['assignee']);
    }
    return { task: { id: task._id, status: 'in_progress' as const } };
  },
});

// tasks.create: the manager creates a task, from an issue (which then counts as being handled)
// or on its own, assigns it to a staff member and sets when it is due.
import { defineAction, callerOf } from '../action';
import { createTaskInput } from '../../../src/domain/schemas/tasks';
import { invalid } from '../errors';
import { openTask, prepareTask } from './helpers/openTask';
import { allowed } from '../../../src/domain/permissions';
import { taskRefusals, taskSummaries } from '../../../src/copy/tasks';

export const createTask = defineAction({
  name: 'tasks.create',
  summary: taskSummaries['tasks.create'],
  input: createTaskInput,
  roles: allowed('tasks.create'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    if (Date.parse(input.dueAt) < ctx.clock.now().getTime() - 60_000) throw invalid('dueAt', taskRefusals.dueInPast);
    const { task } = await openTask(ctx, await prepareTask(ctx, { ...input, createdBy: caller.userId }));
    return { task: { id: task._id, status: task.status, assigneeId: task.assigneeId, dueAt: task.dueAt } };
  },
});

// tasks.mine: a staff member's tasks: overdue, today (China time), upcoming, and lately done.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { chinaDate } from '../../../src/domain/chinaTime';
import type { TaskDoc } from '../model';
import { taskViews } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { taskSummaries } from '../../../src/copy/tasks';

export const myTasks = defineAction({
  name: 'tasks.mine',
  summary: taskSummaries['tasks.mine'],
  input: z.object({}).strict(),
  roles: allowed('tasks.mine'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const [open, done] = await Promise.all([
      ctx.store.find<TaskDoc>('tasks', { where: { assigneeId: caller.userId, status: { $in: ['open', 'in_progress'] } }, orderBy: [['dueAt', 'asc']], limit: 100 }),
      ctx.store.find<TaskDoc>('tasks', { where: { assigneeId: caller.userId, status: 'done' }, orderBy: [['dueAt', 'desc']], limit: 10 }),
    ]);
    const now = ctx.clock.now();
    const today = chinaDate(now);
    const views = await taskViews(ctx, open);
    return {
      overdue: views.filter((t) => t.overdue),
      today: views.filter((t) => !t.overdue && chinaDate(new Date(t.dueAt)) === today),
      upcoming: views.filter((t) => !t.overdue && chinaDate(new Date(t.dueAt)) > today),
      done: await taskViews(ctx, done),
    };
  },
});

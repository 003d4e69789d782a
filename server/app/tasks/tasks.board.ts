// tasks.board: the manager's dispatch board: issues waiting to be accepted or acted on (with
// the SLA marks), unassigned and overdue tasks, and each staff member's load.
import { z } from 'zod';
import { defineAction } from '../action';
import { slaState } from '../../../src/domain/sla';
import { slaOf } from '../../../src/domain/compoundSettings';
import { settingsOf } from '../tenancy/helpers/settings';
import type { IssueDoc } from '../issues/model';
import type { TaskDoc } from '../model';
import { summaries } from '../issues/helpers/views';
import { staffUsers } from './staff.list';
import { taskViews } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { taskSummaries } from '../../../src/copy/tasks';

export const dispatchBoard = defineAction({
  name: 'tasks.board',
  summary: taskSummaries['tasks.board'],
  input: z.object({}).strict(),
  roles: allowed('tasks.board'),
  async run(ctx) {
    const now = ctx.clock.now();
    const [waiting, openTasks, staff, settings] = await Promise.all([
      ctx.store.find<IssueDoc>('issues', { where: { status: { $in: ['reported', 'accepted', 'reopened'] } }, orderBy: [['createdAt', 'asc']], limit: 100 }),
      ctx.store.find<TaskDoc>('tasks', { where: { status: { $in: ['open', 'in_progress'] } }, orderBy: [['dueAt', 'asc']], limit: 100 }),
      staffUsers(ctx),
      settingsOf(ctx.store),
    ]);
    const sla = slaOf(settings);
    const tasks = await taskViews(ctx, openTasks);
    const issues = await summaries(ctx, waiting);
    return {
      toAccept: issues.filter((i) => i.status === 'reported'),
      toAssign: issues.filter((i) => i.status !== 'reported'),
      overdueIssues: waiting.filter((i) => {
        const s = slaState(i, now, sla);
        return s.acceptOverdue || s.actionOverdue;
      }).length,
      unassigned: tasks.filter((t) => !t.assigneeId),
      overdue: tasks.filter((t) => t.overdue),
      byStaff: staff.map((s) => ({
        id: s._id,
        name: s.name,
        open: tasks.filter((t) => t.assigneeId === s._id).length,
        overdue: tasks.filter((t) => t.assigneeId === s._id && t.overdue).length,
        tasks: tasks.filter((t) => t.assigneeId === s._id),
      })),
    };
  },
});

// Home: the property side's work: reports to accept (manager) and the caller's late or
// due-today tasks (staff and manager).
import type { Caller, Ctx } from '../../context';
import type { TaskDoc } from '../../model';
import { chinaDate } from '../../../../src/domain/chinaTime';
import type { AttentionItem } from './item';
import { PAGES } from '../../../../src/routes';
import { taskServerText } from '../../../../src/copy/tasks';

export async function workItems(ctx: Ctx, caller: Caller): Promise<AttentionItem[]> {
  const now = ctx.clock.now().toISOString();
  const items: AttentionItem[] = [];
  if (caller.roles.includes('manager')) {
    const waiting = await ctx.store.count('issues', { status: 'reported' });
    if (waiting > 0) items.push({ id: 'issues.accept', kind: 'issues.accept', title: taskServerText.issuesWaiting(waiting), detail: taskServerText.acceptThenDispatch, page: PAGES.dispatchBoard, at: now });
  }
  if (caller.roles.includes('staff') || caller.roles.includes('manager')) {
    const open = await ctx.store.find<TaskDoc>('tasks', { where: { assigneeId: caller.userId, status: { $in: ['open', 'in_progress'] } }, orderBy: [['dueAt', 'asc']], limit: 100 });
    const today = chinaDate(ctx.clock.now());
    const late = open.filter((t) => t.dueAt < now).length;
    const due = open.filter((t) => t.dueAt >= now && chinaDate(new Date(t.dueAt)) === today).length;
    if (late + due > 0) items.push({ id: 'tasks.mine', kind: 'tasks.mine', title: late ? taskServerText.tasksLate(late) : taskServerText.tasksToday(due), detail: late && due ? taskServerText.alsoDueToday(due) : taskServerText.openMyTasks, page: PAGES.myTasks, at: now });
  }
  return items;
}

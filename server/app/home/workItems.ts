// Home: the property side's work: reports to accept (manager) and the caller's late or
// due-today tasks (staff and manager).
import type { Caller, Ctx } from '../context';
import type { TaskDoc } from '../model';
import { chinaDate } from '../../../src/domain/chinaTime';
import type { AttentionItem } from './item';
import { PAGES } from '../../../src/ui/routes';

export async function workItems(ctx: Ctx, caller: Caller): Promise<AttentionItem[]> {
  const now = ctx.clock.now().toISOString();
  const items: AttentionItem[] = [];
  if (caller.roles.includes('manager')) {
    const waiting = await ctx.store.count('issues', { status: 'reported' });
    if (waiting > 0) items.push({ id: 'issues.accept', kind: 'issues.accept', title: `${waiting} 条报事待受理`, detail: '受理后派单给员工', page: PAGES.dispatchBoard, at: now });
  }
  if (caller.roles.includes('staff') || caller.roles.includes('manager')) {
    const open = await ctx.store.find<TaskDoc>('tasks', { where: { assigneeId: caller.userId, status: { $in: ['open', 'in_progress'] } }, orderBy: [['dueAt', 'asc']], limit: 100 });
    const today = chinaDate(ctx.clock.now());
    const late = open.filter((t) => t.dueAt < now).length;
    const due = open.filter((t) => t.dueAt >= now && chinaDate(new Date(t.dueAt)) === today).length;
    if (late + due > 0) items.push({ id: 'tasks.mine', kind: 'tasks.mine', title: late ? `${late} 个任务已超时` : `今天有 ${due} 个任务`, detail: late && due ? `另有今天到期 ${due} 个` : '点开看我的任务', page: PAGES.myTasks, at: now });
  }
  return items;
}

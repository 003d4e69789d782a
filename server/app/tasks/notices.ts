import type { Ctx } from '../context';
import type { TaskDoc } from '../model';
import { PAGES, messagePage } from '../../../src/routes';

export async function notifyAssignee(ctx: Ctx, task: TaskDoc, assigneeId: string): Promise<void> {
  await ctx.notifier.send({
    kind: 'task.assigned',
    toUserId: assigneeId,
    dedupeKey: `task.assigned:${task._id}:${assigneeId}`,
    fields: { thing: task.title.slice(0, 20), time: task.dueAt },
    page: messagePage(PAGES.taskDetail, { id: task._id }),
  });
}

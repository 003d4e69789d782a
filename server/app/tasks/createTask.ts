// tasks.create: the manager creates a task, from an issue (which then counts as being handled)
// or on its own, assigns it to a staff member and sets when it is due.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText, text } from '../../../src/domain/fields';
import { conflict, invalid, notFound } from '../errors';
import { eventDoc } from '../events';
import type { IssueDoc, TaskDoc } from '../issues/model';
import { applyTransition } from '../issues/applyTransition';
import { STATUS_LABELS } from '../../../src/domain/issues';
import { loadAssignee, taskId } from './staff';
import { notifyAssignee } from './notify';

export const taskKind = z.enum(['repair', 'cleaning', 'meter_reading', 'other'], { error: '工单类型不对' });

export const createTask = defineAction({
  name: 'tasks.create',
  summary: '派单:从报事或单独创建工单,指定员工和完成时间',
  input: z
    .object({
      issueId: id('报事').optional(),
      title: text('工单标题', { max: 40 }),
      description: optionalText('工单说明', 300),
      kind: taskKind.default('repair'),
      assigneeId: id('员工').nullable().optional(),
      dueAt: z.iso.datetime({ error: '请选择完成时间', offset: true }),
      route: optionalText('抄表路线', 40),
    })
    .strict(),
  roles: ['manager'],
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    if (Date.parse(input.dueAt) < now.getTime() - 60_000) throw invalid('dueAt', '完成时间不能早于现在');
    const assignee = await loadAssignee(ctx, input.assigneeId);
    let issue: IssueDoc | null = null;
    if (input.issueId) {
      issue = await ctx.store.get<IssueDoc>('issues', input.issueId);
      if (!issue) throw notFound('报事');
      if (!['accepted', 'reopened', 'in_progress'].includes(issue.status)) throw conflict(`报事现在是"${STATUS_LABELS[issue.status]}",受理后才能派单`, { status: issue.status });
    }
    const task: TaskDoc = {
      _id: taskId(now),
      issueId: issue?._id ?? null,
      title: input.title,
      description: input.description ?? '',
      kind: input.kind,
      assigneeId: assignee?._id ?? null,
      status: 'open',
      dueAt: new Date(input.dueAt).toISOString(),
      createdBy: caller.userId,
      createdAt: now.toISOString(),
      ...(input.route ? { route: input.route } : {}),
    };
    await ctx.store.transaction(async (tx) => {
      await tx.insert('tasks', task);
      await tx.insert('events', eventDoc(ctx, 'task.created', issue?._id ?? task._id, { taskId: task._id, title: task.title, assigneeId: task.assigneeId }));
    });
    // A task is the first action on an accepted issue.
    if (issue && issue.status !== 'in_progress') await applyTransition(ctx, issue, 'start', ['manager']);
    if (assignee) await notifyAssignee(ctx, task, assignee._id);
    return { task: { id: task._id, status: task.status, assigneeId: task.assigneeId, dueAt: task.dueAt } };
  },
});

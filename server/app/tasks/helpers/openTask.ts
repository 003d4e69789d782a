// Opens a task the one way every area does (the dispatch board, a meeting's decision, an answer
// to a low inspection score): checks the issue may take a task, writes the task and its event
// in one transaction (with the caller's own writes, so nothing is half-written), starts the
// issue and tells the assignee.
import type { Ctx } from '../../context';
import { conflict, notFound } from '../../errors';
import { eventDoc } from '../../events';
import type { IssueDoc } from '../../issues/model';
import type { TaskDoc } from '../../model';
import { applyTransition } from '../../issues/helpers/applyTransition';
import { STATUS_LABELS } from '../../../../src/domain/issues';
import type { Tx } from '../../../store/port';
import { loadAssignee, taskId } from './staff';
import { notifyAssignee } from '../notices';
import { taskFields, taskRefusals } from '../../../../src/copy/tasks';

export interface TaskRequest {
  issueId?: string | null;
  title: string;
  description?: string;
  kind: TaskDoc['kind'];
  assigneeId?: string | null;
  dueAt: string;
  route?: string;
  createdBy: string;
}

/** Loads and checks what the task needs before anything is written (assignee, issue state). */
export async function prepareTask(ctx: Ctx, req: TaskRequest, assigneeField = 'assigneeId'): Promise<{ task: TaskDoc; issue: IssueDoc | null }> {
  const now = ctx.clock.now();
  const assignee = await loadAssignee(ctx, req.assigneeId, assigneeField);
  let issue: IssueDoc | null = null;
  if (req.issueId) {
    issue = await ctx.store.get<IssueDoc>('issues', req.issueId);
    if (!issue) throw notFound(taskFields.issue);
    if (!['accepted', 'reopened', 'in_progress'].includes(issue.status)) throw conflict(taskRefusals.issueNotAccepted(STATUS_LABELS[issue.status]), { status: issue.status });
  }
  const task: TaskDoc = {
    _id: taskId(now),
    issueId: issue?._id ?? null,
    title: req.title,
    description: req.description ?? '',
    kind: req.kind,
    assigneeId: assignee?._id ?? null,
    status: 'open',
    dueAt: new Date(req.dueAt).toISOString(),
    createdBy: req.createdBy,
    createdAt: now.toISOString(),
    ...(req.route ? { route: req.route } : {}),
  };
  return { task, issue };
}

/** Writes a prepared task (plus `alsoWrite`, the caller's part) atomically, then the follow-ups. */
export async function openTask<R>(ctx: Ctx, prepared: { task: TaskDoc; issue: IssueDoc | null }, alsoWrite?: (tx: Tx) => Promise<R>): Promise<{ task: TaskDoc; extra: R | undefined }> {
  const { task, issue } = prepared;
  const extra = await ctx.store.transaction(async (tx) => {
    const result = alsoWrite ? await alsoWrite(tx) : undefined;
    await tx.insert('tasks', task);
    await tx.insert('events', eventDoc(ctx, 'task.created', issue?._id ?? task._id, { taskId: task._id, title: task.title, assigneeId: task.assigneeId }));
    return result;
  });
  // A task is the first action on an accepted issue.
  if (issue && issue.status !== 'in_progress') await applyTransition(ctx, issue, 'start', ['manager']);
  if (task.assigneeId) await notifyAssignee(ctx, task, task.assigneeId);
  return { task, extra };
}

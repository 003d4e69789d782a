// issues.transition: accept, reject (with a reason), table for the three-party meeting, decide,
// start, finish (note and after-photo), confirm, reopen (not fixed), close as not fixed. The
// wrong person gets 403; the wrong state 409 with the current state.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText } from '../../../src/domain/fields';
import type { TransitionName } from '../../../src/domain/issues';
import { applyTransition, USER_TRANSITIONS } from './applyTransition';
import { photos } from './inputs';
import { issueTasks, loadVisibleIssue, moversFor, type TaskDoc } from './model';
import type { Ctx } from '../context';
import { checkPhotos } from './places';
import { STATUS_LABELS } from '../../../src/domain/issues';

export const transitionIssue = defineAction({
  name: 'issues.transition',
  summary: '推进报事流程:受理/不受理/提交三方议定/开始/完成/确认修好/没修好/关闭',
  input: z
    .object({
      issueId: id('报事'),
      transition: z.enum(USER_TRANSITIONS as [TransitionName, ...TransitionName[]], { error: '没有这个操作' }),
      note: optionalText('说明', 300),
      photos,
    })
    .strict(),
  roles: ['user'],
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const issue = await loadVisibleIssue(ctx, caller, input.issueId);
    const tasks = await issueTasks(ctx, issue._id);
    const given = { note: input.note || undefined, photos: checkPhotos(ctx, input.photos) };
    const updated = await applyTransition(ctx, issue, input.transition, moversFor(issue, caller, tasks), given);
    if (input.transition === 'finish') await closeOpenTasks(ctx, tasks, caller.userId, given);
    return { issue: { id: updated._id, status: updated.status, statusLabel: STATUS_LABELS[updated.status], closedAs: updated.closedAs ?? null } };
  },
});

/** Finishing the issue finishes the work on it: its open tasks close with the same note and photos. */
async function closeOpenTasks(ctx: Ctx, tasks: TaskDoc[], by: string, given: { note?: string; photos: string[] }) {
  const at = ctx.clock.now().toISOString();
  for (const task of tasks.filter((t) => t.status !== 'done')) {
    await ctx.store.updateIf('tasks', task._id, { status: task.status }, { status: 'done', doneAt: at, doneBy: by, note: given.note ?? '', photos: given.photos });
  }
}

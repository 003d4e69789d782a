// issues.transition: accept, reject (with a reason), table for the three-party meeting, decide,
// start, finish (note and after-photo), confirm, reopen (not fixed), close as not fixed. The
// wrong person gets 403; the wrong state 409 with the current state. Finishing closes the caller's
// own open tasks on the issue and is refused (409, naming whose) while anyone else's are open:
// each staff member signs off their own work.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText } from '../../../src/domain/fields';
import type { TransitionName } from '../../../src/domain/issues';
import { applyTransition, USER_TRANSITIONS } from './helpers/applyTransition';
import { photos } from './helpers/inputs';
import { issueTasks, loadVisibleIssue, moversFor } from './model';
import type { Ctx } from '../context';
import { conflict } from '../errors';
import type { TaskDoc, UserDoc } from '../model';
import { checkPhotos } from './helpers/places';
import { STATUS_LABELS, checkTransition } from '../../../src/domain/issues';
import { allowed } from '../../../src/domain/permissions';
import { issueFields, issueRefusals, issueServerText, issueSummaries } from '../../../src/copy/issues';
import { commonServerText } from '../../../src/copy/common';

export const transitionIssue = defineAction({
  name: 'issues.transition',
  summary: issueSummaries['issues.transition'],
  input: z
    .object({
      issueId: id(issueFields.issue),
      transition: z.enum(USER_TRANSITIONS as [TransitionName, ...TransitionName[]], { error: issueRefusals.actionUnknown }),
      note: optionalText(issueFields.note, 300),
      photos,
    })
    .strict(),
  roles: allowed('issues.transition'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const issue = await loadVisibleIssue(ctx, caller, input.issueId);
    const tasks = await issueTasks(ctx, issue._id);
    const given = { note: input.note || undefined, photos: checkPhotos(ctx, input.photos) };
    const movers = moversFor(issue, caller, tasks);
    // Only someone who may finish it hears whose tasks are still open; anyone else gets applyTransition's 403/409.
    if (input.transition === 'finish' && checkTransition('finish', issue.status, movers, given).ok) await refuseOthersOpenTasks(ctx, tasks, caller.userId);
    const updated = await applyTransition(ctx, issue, input.transition, movers, given);
    if (input.transition === 'finish') await closeOwnOpenTasks(ctx, tasks, caller.userId, given);
    return { issue: { id: updated._id, status: updated.status, statusLabel: STATUS_LABELS[updated.status], closedAs: updated.closedAs ?? null } };
  },
});

/** Someone else's open task (or one not yet assigned) keeps the issue open: 409 naming whose. */
async function refuseOthersOpenTasks(ctx: Ctx, tasks: TaskDoc[], callerId: string) {
  const others = tasks.filter((t) => t.status !== 'done' && t.assigneeId !== callerId);
  if (others.length === 0) return;
  const assignees = [...new Set(others.map((t) => t.assigneeId))];
  const users = await Promise.all(assignees.map((a) => (a ? ctx.store.get<UserDoc>('users', a) : null)));
  const names = assignees.map((a, i) => (a ? users[i]?.name || issueServerText.otherStaff : issueServerText.notAssigned));
  throw conflict(issueRefusals.othersTasksOpen(names.join(commonServerText.listSeparator)), { openTasks: others.map((t) => t._id) });
}

/** Finishing the issue finishes the caller's own work on it: their open tasks close with the same note and photos. */
async function closeOwnOpenTasks(ctx: Ctx, tasks: TaskDoc[], by: string, given: { note?: string; photos: string[] }) {
  const at = ctx.clock.now().toISOString();
  for (const task of tasks.filter((t) => t.status !== 'done' && t.assigneeId === by)) {
    await ctx.store.updateIf('tasks', task._id, { status: task.status }, { status: 'done', doneAt: at, doneBy: by, note: given.note ?? '', photos: given.photos });
  }
}

import type { Ctx } from '../../context';
import type { IssueDoc } from '../../issues/model';
import type { TaskDoc } from '../../model';

export async function taskViews(ctx: Ctx, tasks: TaskDoc[]) {
  const now = ctx.clock.now().getTime();
  const issueIds = [...new Set(tasks.map((t) => t.issueId).filter((i): i is string => !!i))];
  const issues = await Promise.all(issueIds.map((i) => ctx.store.get<IssueDoc>('issues', i)));
  const placeOf = new Map(issueIds.map((i, k) => [i, issues[k]?.place.label ?? '']));
  return tasks.map((t) => ({
    id: t._id,
    title: t.title,
    description: t.description,
    kind: t.kind,
    status: t.status,
    dueAt: t.dueAt,
    overdue: t.status !== 'done' && Date.parse(t.dueAt) < now,
    issueId: t.issueId,
    placeLabel: t.issueId ? placeOf.get(t.issueId) ?? '' : '',
    assigneeId: t.assigneeId,
    route: t.route ?? null,
    doneAt: t.doneAt ?? null,
  }));
}

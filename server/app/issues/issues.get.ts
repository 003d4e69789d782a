// issues.get: one issue with its public timeline (every transition: who, when, note, photos),
// its tasks, comments, and what the caller may do next. Private issues answer 404 to outsiders.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { CATEGORIES, CLOSED_AS_LABELS, STATUS_LABELS, TRANSITION_LABELS, availableTransitions, priorityScore, type TransitionName } from '../../../src/domain/issues';
import { slaState } from '../../../src/domain/sla';
import { slaOf } from '../../../src/domain/compoundSettings';
import { settingsOf } from '../tenancy/helpers/settings';
import { maskName } from '../../../src/domain/places';
import { id } from '../../../src/domain/fields';
import type { EventDoc } from '../events';
import type { UserDoc } from '../model';
import { isReporter, isStaffSide, issueTasks, loadVisibleIssue, moversFor, type IssueDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { mayAssignIssue } from '../../../src/domain/permissions/issues';
import { issueFields, issueServerText, issueSummaries } from '../../../src/copy/issues';

const EVENT_LABELS: Record<string, string> = issueServerText.eventLabels;

export const getIssue = defineAction({
  name: 'issues.get',
  summary: issueSummaries['issues.get'],
  input: z.object({ issueId: id(issueFields.issue) }).strict(),
  roles: allowed('issues.get'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const issue = await loadVisibleIssue(ctx, caller, input.issueId);
    const [tasks, events, comments, second] = await Promise.all([
      issueTasks(ctx, issue._id),
      ctx.store.find<EventDoc>('events', { where: { subject: issue._id }, orderBy: [['at', 'asc']], limit: 100 }),
      ctx.store.find<{ _id: string; name: string; text: string; at: string }>('comments', { where: { issueId: issue._id }, orderBy: [['at', 'asc']], limit: 100 }),
      ctx.store.get('seconds', `second:${issue._id}:${caller.userId}`),
    ]);
    // A task finished as the issue's last one writes two events (the task, the issue) with the
    // same note: the timeline shows the issue's.
    const timeline = events.filter((e, i) => {
      if (e.type === 'issue.seconded') return false;
      const next = events[i + 1];
      return !(e.type === 'task.finished' && next?.type === 'issue.transition' && next.data.transition === 'finish' && next.data.note === e.data.note);
    });
    const actorIds = [...new Set([...timeline.map((e) => e.actorId), ...tasks.map((t) => t.assigneeId).filter((a): a is string => !!a)])];
    const actors = await Promise.all(actorIds.map((a) => ctx.store.get<UserDoc>('users', a)));
    const nameOf = new Map(actorIds.map((a, i) => [a, actors[i]?.name ?? (a === 'system' ? issueServerText.system : '')]));
    const photoIds = [...issue.photos, ...timeline.flatMap((e) => (e.data.photos as string[] | undefined) ?? [])];
    const [urls, settings] = await Promise.all([ctx.files.urls(photoIds), settingsOf(ctx.store)]);
    const url = new Map(photoIds.map((p, i) => [p, urls[i]]));
    const now = ctx.clock.now();
    const mine = isReporter(issue, caller);
    // Neighbours read "19栋 王**" (unless the reporter chose to show the name); who reported,
    // the reporter and the property side read the name, the flat and who entered it for them.
    const fullName = mine || isStaffSide(caller) || issue.source === 'meter';
    const shown = reporterView(issue, fullName);
    return {
      issue: {
        id: issue._id,
        category: issue.category,
        categoryLabel: CATEGORIES[issue.category],
        placeLabel: issue.place.label,
        description: issue.description,
        photos: issue.photos.map((p) => url.get(p)!),
        visibility: issue.visibility,
        status: issue.status,
        statusLabel: issue.status === 'closed' && issue.closedAs ? CLOSED_AS_LABELS[issue.closedAs] : STATUS_LABELS[issue.status],
        closedAs: issue.closedAs ?? null,
        ...shown,
        seconds: issue.seconds,
        priority: priorityScore(issue.seconds, Date.parse(issue.createdAt), now.getTime()),
        createdAt: issue.createdAt,
        rating: issue.rating ?? null,
        reopenCount: issue.reopenCount,
        ...slaState(issue, now, slaOf(settings)),
      },
      timeline: timeline.map((e) => {
        const transition = e.data.transition as TransitionName | undefined;
        return {
          id: e._id,
          type: e.type,
          label: transition ? TRANSITION_LABELS[transition] : EVENT_LABELS[e.type] ?? e.type,
          at: e.at,
          // The reporter's own steps (reporting, confirming) name them as neighbours may see them.
          actorName: !fullName && e.actorId === issue.reporterId ? shown.reporterName : (nameOf.get(e.actorId) ?? ''),
          note: (e.data.note as string | undefined) ?? null,
          photos: ((e.data.photos as string[] | undefined) ?? []).map((p) => url.get(p)!),
          status: (e.data.status as string | undefined) ?? null,
          stars: (e.data.stars as number | undefined) ?? null,
        };
      }),
      tasks: tasks.map((t) => ({ id: t._id, title: t.title, status: t.status, assigneeName: t.assigneeId ? nameOf.get(t.assigneeId) ?? '' : null, dueAt: t.dueAt })),
      comments: comments.map((c) => ({ id: c._id, name: c.name, text: c.text, at: c.at })),
      can: {
        transitions: availableTransitions(issue.status, moversFor(issue, caller, tasks)).map((name) => ({ name, label: TRANSITION_LABELS[name] })),
        second: !mine && issue.visibility === 'public' && !second && !['closed', 'rejected'].includes(issue.status),
        rate: mine && !issue.rating && (issue.status === 'done' || issue.status === 'closed') && !!issue.doneAt,
        comment: true,
        assign: mayAssignIssue(caller, issue),
      },
      secondedByMe: !!second,
    };
  },
});

function reporterView(issue: IssueDoc, fullName: boolean) {
  const b = issue.onBehalf;
  return {
    reporterName: fullName ? issue.reporterName : (issue.reporterShown ?? maskName(issue.reporterName)),
    onBehalf: b ? { name: fullName ? b.name : maskName(b.name), unitLabel: fullName ? (b.unitLabel ?? null) : null, byName: b.byName ?? null, toldBy: b.toldBy } : null,
  };
}

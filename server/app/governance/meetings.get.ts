// meetings.get: one meeting: agenda, who came, the minutes, and each decision with its progress
// read live from its tasks and issue (so finishing the task shows the decision done). Residents
// see a meeting only once its minutes are published. An agenda item whose issue is private reads
// as a placeholder to everyone outside that issue's circle.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { DECISION_STATE_LABELS, MEETING_STATUSES, PARTIES, decisionProgress } from '../../../src/domain/governance';
import { STATUS_LABELS } from '../../../src/domain/issues';
import type { Caller, Ctx } from '../context';
import { notFound } from '../errors';
import { canSee, type IssueDoc } from '../issues/model';
import type { TaskDoc } from '../model';
import { isParty, type AgendaItem, type MeetingDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { mayApproveMinutes } from '../../../src/domain/permissions/governance';
import { governanceFields, governanceServerText, governanceSummaries } from '../../../src/copy/governance';

export const PRIVATE_AGENDA_ITEM = governanceServerText.privateAgendaItem;

/** The issues on the agenda or the decisions that the caller may not see (private, not theirs). */
async function hiddenIssues(ctx: Ctx, caller: Caller, meeting: MeetingDoc): Promise<Set<string>> {
  const ids = [...new Set([...meeting.agenda.map((a) => a.issueId), ...meeting.decisions.map((d) => d.issueId)].filter((i): i is string => !!i))];
  const issues = await Promise.all(ids.map((i) => ctx.store.get<IssueDoc>('issues', i)));
  return new Set(issues.filter((i): i is IssueDoc => !!i && !canSee(i, caller)).map((i) => i._id));
}

function agendaFor(agenda: AgendaItem[], hidden: Set<string>): AgendaItem[] {
  return agenda.map((a) => (a.issueId && hidden.has(a.issueId) ? { ...a, issueId: null, title: PRIVATE_AGENDA_ITEM } : a));
}

export async function loadMeeting(ctx: Ctx, meetingId: string): Promise<MeetingDoc> {
  const meeting = await ctx.store.get<MeetingDoc>('meetings', meetingId);
  if (!meeting) throw notFound(governanceFields.meeting);
  return meeting;
}

/** A present attendee may amend the minutes and record decisions until they are approved. */
export function isPresent(meeting: MeetingDoc, caller: Caller): boolean {
  return meeting.attendees.some((a) => a.userId === caller.userId && a.present === true);
}

export async function decisionViews(ctx: Ctx, meeting: MeetingDoc) {
  const now = ctx.clock.now();
  const taskIds = [...new Set(meeting.decisions.flatMap((d) => d.taskIds))];
  const issueIds = [...new Set(meeting.decisions.map((d) => d.issueId).filter((i): i is string => !!i))];
  const [tasks, issues] = await Promise.all([Promise.all(taskIds.map((t) => ctx.store.get<TaskDoc>('tasks', t))), Promise.all(issueIds.map((i) => ctx.store.get<IssueDoc>('issues', i)))]);
  const taskOf = new Map(tasks.filter((t): t is TaskDoc => !!t).map((t) => [t._id, t]));
  const issueOf = new Map(issues.filter((i): i is IssueDoc => !!i).map((i) => [i._id, i]));
  return meeting.decisions.map((d) => {
    const ts = d.taskIds.map((t) => taskOf.get(t)).filter((t): t is TaskDoc => !!t);
    const issue = d.issueId ? issueOf.get(d.issueId) ?? null : null;
    const progress = decisionProgress({ dueAt: d.dueAt, tasks: ts.map((t) => t.status), issue: issue ? { status: issue.status, closedAs: issue.closedAs } : null }, now);
    return {
      id: d.id,
      agendaId: d.agendaId,
      text: d.text,
      party: d.party,
      partyLabel: PARTIES[d.party],
      doer: d.doer,
      dueAt: d.dueAt,
      state: progress.state,
      stateLabel: DECISION_STATE_LABELS[progress.state],
      overdue: progress.overdue,
      issue: issue ? { id: issue._id, statusLabel: STATUS_LABELS[issue.status] } : null,
      tasks: ts.map((t) => ({ id: t._id, title: t.title, status: t.status, doneAt: t.doneAt ?? null })),
    };
  });
}

export const getMeeting = defineAction({
  name: 'meetings.get',
  summary: governanceSummaries['meetings.get'],
  input: z.object({ meetingId: id(governanceFields.meeting) }).strict(),
  roles: allowed('meetings.get'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const meeting = await loadMeeting(ctx, input.meetingId);
    const party = isParty(caller);
    if (!party && meeting.status !== 'published') throw notFound(governanceFields.meeting);
    const open = meeting.status !== 'published';
    const present = isPresent(meeting, caller);
    const [hidden, decisions] = await Promise.all([hiddenIssues(ctx, caller, meeting), decisionViews(ctx, meeting)]);
    return {
      meeting: {
        id: meeting._id,
        title: meeting.title,
        at: meeting.at,
        place: meeting.place,
        status: meeting.status,
        statusLabel: MEETING_STATUSES[meeting.status],
        convenerName: meeting.convenerName,
        agenda: agendaFor(meeting.agenda, hidden),
        attendees: meeting.attendees
          .filter((a) => party || a.present)
          .map((a) => ({ userId: a.userId, name: a.name, party: a.party, partyLabel: PARTIES[a.party], present: a.present })),
        minutes: meeting.minutes,
        approvedAt: meeting.approvedAt ?? null,
        decisions: decisions.map((d) => (d.issue && hidden.has(d.issue.id) ? { ...d, issue: null } : d)),
      },
      can: {
        attend: party && open,
        amend: open && present && meeting.status === 'held',
        decide: open && present && meeting.status === 'held',
        approve: meeting.status === 'held' && mayApproveMinutes(caller, meeting, present),
        assign: caller.roles.includes('manager'),
      },
    };
  },
});

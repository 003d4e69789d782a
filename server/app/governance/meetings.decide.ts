// meetings.decide: a present attendee records a decision: what was decided, which party and
// person does it, by when; in the same step it becomes a task on the dispatch board (the
// tasks model, opened the way tasks.create opens one) and/or is linked to the tabled issue,
// which is then accepted with the decision as the reason. Refuses once the minutes are approved.
import { recordDecisionInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { DECISIONS_MAX } from '../../../src/domain/governance';
import type { Mover } from '../../../src/domain/issues';
import type { Ctx } from '../context';
import { conflict, forbidden, invalid } from '../errors';
import { eventDoc } from '../events';
import { applyTransition } from '../issues/helpers/applyTransition';
import type { IssueDoc } from '../issues/model';
import { openTask, prepareTask } from '../tasks/helpers/openTask';
import type { Tx } from '../../store/port';
import type { Decision, MeetingDoc } from './model';
import { isPresent, loadMeeting } from './meetings.get';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { governanceRefusals, governanceServerText, governanceSummaries } from '../../../src/copy/governance';

async function appendDecision(ctx: Ctx, tx: Tx, meetingId: string, decision: Decision): Promise<Decision> {
  const current = await tx.get<MeetingDoc>('meetings', meetingId);
  if (!current || current.status !== 'held') throw conflict(governanceRefusals.minutesPublishedNoDecision, { status: current?.status });
  if (current.decisions.length >= DECISIONS_MAX) throw invalid('text', governanceRefusals.tooManyDecisions(DECISIONS_MAX));
  const numbered = { ...decision, id: `d${current.decisions.length + 1}` };
  await tx.update('meetings', meetingId, { decisions: [...current.decisions, numbered] });
  await tx.insert('events', eventDoc(ctx, 'meeting.decision', meetingId, { decisionId: numbered.id, text: numbered.text, taskIds: numbered.taskIds, issueId: numbered.issueId }));
  return numbered;
}

export const recordDecision = defineAction({
  name: 'meetings.decide',
  summary: governanceSummaries['meetings.decide'],
  input: recordDecisionInput,
  roles: allowed('meetings.decide'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const meeting = await loadMeeting(ctx, input.meetingId);
    if (meeting.status === 'published') throw conflict(governanceRefusals.minutesPublishedNoDecision, { status: meeting.status });
    if (meeting.status !== 'held') throw conflict(governanceRefusals.attendanceBeforeDecision, { status: meeting.status });
    if (!isPresent(meeting, caller)) throw forbidden(governanceRefusals.attendeesRecordDecisions);
    await requireClean(ctx, caller, [['text', input.text]]);
    const agenda = input.agendaId ? meeting.agenda.find((a) => a.id === input.agendaId) : undefined;
    if (input.agendaId && !agenda) throw invalid('agendaId', governanceRefusals.agendaItemUnknown);
    const issueId = agenda?.issueId ?? null;
    if (input.then === 'issue' && !issueId) throw invalid('then', governanceRefusals.onlyIssueItemsLink);
    if (Date.parse(input.dueAt) < ctx.clock.now().getTime() - 60_000) throw invalid('dueAt', governanceRefusals.dueInPast);
    if (input.assigneeId && !caller.roles.includes('manager')) throw invalid('assigneeId', governanceRefusals.onlyManagerAssigns);
    if (meeting.decisions.length >= DECISIONS_MAX) throw invalid('text', governanceRefusals.tooManyDecisions(DECISIONS_MAX));

    // The meeting's word settles a tabled issue: accepted, with the decision on its timeline.
    if (issueId) {
      const issue = await ctx.store.get<IssueDoc>('issues', issueId);
      if (issue?.status === 'tabled') {
        const movers = (['manager', 'committee', 'community'] as const).filter((r) => caller.roles.includes(r)) as Mover[];
        await applyTransition(ctx, issue, 'decide', movers, { note: governanceServerText.decisionNote(input.text) });
      }
    }
    const decision: Decision = {
      id: '',
      agendaId: agenda?.id ?? null,
      text: input.text,
      party: input.party as Decision['party'],
      doer: input.doer,
      dueAt: new Date(input.dueAt).toISOString(),
      issueId,
      taskIds: [],
      by: caller.name,
      at: ctx.clock.now().toISOString(),
    };
    let saved: Decision;
    if (input.then === 'task') {
      const prepared = await prepareTask(ctx, {
        issueId,
        title: input.taskTitle || input.text.slice(0, 40),
        description: governanceServerText.decisionTaskDescription(meeting.title, input.text, input.doer),
        kind: 'repair',
        assigneeId: input.assigneeId ?? null,
        dueAt: decision.dueAt,
        createdBy: caller.userId,
      });
      const opened = await openTask(ctx, prepared, (tx) => appendDecision(ctx, tx, meeting._id, { ...decision, taskIds: [prepared.task._id] }));
      saved = opened.extra!;
    } else {
      saved = await ctx.store.transaction((tx) => appendDecision(ctx, tx, meeting._id, decision));
    }
    return { decision: { id: saved.id, taskIds: saved.taskIds, issueId: saved.issueId } };
  },
});

// meetings.schedule: the community, the committee or the manager calls a three-party meeting:
// when, where, the agenda (issues tabled for the meeting, then free items), and the people of
// the three parties invited. Refuses an issue that is not tabled or not public, and (its schema)
// an empty agenda.
import { scheduleMeetingInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { AGENDA_MAX } from '../../../src/domain/governance';
import { invalid } from '../errors';
import { eventDoc } from '../events';
import type { IssueDoc } from '../issues/model';
import { newId, requireParty, tablePeople, type AgendaItem, type MeetingDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

export const scheduleMeeting = defineAction({
  name: 'meetings.schedule',
  summary: governanceSummaries['meetings.schedule'],
  input: scheduleMeetingInput,
  roles: allowed('meetings.schedule'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    requireParty(caller);
    const ids = [...new Set(input.issueIds)];
    if (ids.length + input.freeItems.length > AGENDA_MAX) throw invalid('freeItems', governanceRefusals.tooManyAgendaItems(AGENDA_MAX));
    const issues = await Promise.all(ids.map((i) => ctx.store.get<IssueDoc>('issues', i)));
    issues.forEach((issue) => {
      if (!issue || issue.status !== 'tabled' || issue.visibility !== 'public') throw invalid('issueIds', governanceRefusals.onlyTabledIssues);
    });
    const agenda: AgendaItem[] = [
      ...issues.map((i) => ({ kind: 'issue' as const, issueId: i!._id, title: `${i!.place.label}:${i!.description.slice(0, 40)}` })),
      ...input.freeItems.map((title) => ({ kind: 'free' as const, issueId: null, title })),
    ].map((a, n) => ({ id: `a${n + 1}`, ...a }));
    const now = ctx.clock.now();
    const meeting: MeetingDoc = {
      _id: newId('meeting', now),
      title: input.title,
      at: new Date(input.at).toISOString(),
      place: input.place,
      status: 'scheduled',
      convenerId: caller.userId,
      convenerName: caller.name,
      agenda,
      attendees: await tablePeople(ctx),
      minutes: { text: '', version: 0, updatedAt: null, updatedBy: null },
      decisions: [],
      createdAt: now.toISOString(),
    };
    await ctx.store.transaction(async (tx) => {
      await tx.insert('meetings', meeting);
      await tx.insert('events', eventDoc(ctx, 'meeting.scheduled', meeting._id, { title: meeting.title, at: meeting.at, issueIds: ids }));
    });
    return { meeting: { id: meeting._id, status: meeting.status } };
  },
});

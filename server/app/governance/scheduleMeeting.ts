// meetings.schedule: the community, the committee or the manager calls a three-party meeting:
// when, where, the agenda (issues tabled for the meeting, then free items), and the people of
// the three parties invited. Refuses an issue that is not tabled or not public, and an empty agenda.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, text } from '../../../src/domain/fields';
import { AGENDA_MAX } from '../../../src/domain/governance';
import { invalid } from '../errors';
import { eventDoc } from '../events';
import type { IssueDoc } from '../issues/model';
import { newId, requireParty, tablePeople, type AgendaItem, type MeetingDoc } from './model';
import { allowed } from '../../../src/domain/permissions';

export const scheduleMeeting = defineAction({
  name: 'meetings.schedule',
  summary: '安排三方联动会议:时间、地点、议程(提交议定的报事和其他议题)',
  input: z
    .object({
      title: text('会议名称', { max: 40 }),
      at: z.iso.datetime({ error: '请选择开会时间', offset: true }),
      place: text('开会地点', { max: 40 }),
      issueIds: z.array(id('报事'), { error: '议程格式不对' }).max(AGENDA_MAX, `议程最多 ${AGENDA_MAX} 项`).default([]),
      freeItems: z.array(text('议题', { max: 60 }), { error: '议题格式不对' }).max(AGENDA_MAX, `议程最多 ${AGENDA_MAX} 项`).default([]),
    })
    .strict(),
  roles: allowed('meetings.schedule'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    requireParty(caller);
    const ids = [...new Set(input.issueIds)];
    if (ids.length + input.freeItems.length === 0) throw invalid('issueIds', '请至少选一项议程');
    if (ids.length + input.freeItems.length > AGENDA_MAX) throw invalid('freeItems', `议程最多 ${AGENDA_MAX} 项`);
    const issues = await Promise.all(ids.map((i) => ctx.store.get<IssueDoc>('issues', i)));
    issues.forEach((issue) => {
      if (!issue || issue.status !== 'tabled' || issue.visibility !== 'public') throw invalid('issueIds', '只能把"提交三方议定"的公开报事列入议程');
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

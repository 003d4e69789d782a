// meetings.list: the three parties see every meeting; residents see those whose minutes are
// published. Newest first.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { MEETING_STATUSES } from '../../../src/domain/governance';
import { isParty, type MeetingDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { governanceSummaries } from '../../../src/copy/governance';

export const listMeetings = defineAction({
  name: 'meetings.list',
  summary: governanceSummaries['meetings.list'],
  input: z.object({}).strict(),
  roles: allowed('meetings.list'),
  async run(ctx) {
    const caller = callerOf(ctx);
    const party = isParty(caller);
    const meetings = await ctx.store.find<MeetingDoc>('meetings', { ...(party ? {} : { where: { status: 'published' } }), orderBy: [['at', 'desc']], limit: 50 });
    return {
      canSchedule: party,
      meetings: meetings.map((m) => ({
        id: m._id,
        title: m.title,
        at: m.at,
        place: m.place,
        status: m.status,
        statusLabel: MEETING_STATUSES[m.status],
        agenda: m.agenda.length,
        decisions: m.decisions.length,
      })),
    };
  },
});

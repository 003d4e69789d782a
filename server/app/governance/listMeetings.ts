// meetings.list: the three parties see every meeting; residents see those whose minutes are
// published. Newest first.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { MEETING_STATUSES } from '../../../src/domain/governance';
import { isParty, type MeetingDoc } from './model';
import { allowed } from '../../../src/domain/permissions';

export const listMeetings = defineAction({
  name: 'meetings.list',
  summary: '三方联动会议列表(居民只看到已公布纪要的会议)',
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

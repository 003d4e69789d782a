// meetings.attendance: a party records who came (from the invited people of the three parties);
// the meeting then counts as held and its minutes can be written. Refuses after approval and
// a list with nobody from one of the parties (三方 means all three).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { PARTIES, PARTY_CODES } from '../../../src/domain/governance';
import { conflict, invalid } from '../errors';
import { eventDoc } from '../events';
import { requireParty, type MeetingDoc } from './model';
import { loadMeeting } from './getMeeting';
import { allowed } from '../../../src/domain/permissions';

export const recordAttendance = defineAction({
  name: 'meetings.attendance',
  summary: '登记出席:三方各至少一人;纪要通过后不能再改',
  input: z.object({ meetingId: id('会议'), present: z.array(id('出席人'), { error: '出席名单格式不对' }).max(100, '出席名单太长') }).strict(),
  roles: allowed('meetings.attendance'),
  async run(ctx, input) {
    requireParty(callerOf(ctx));
    const meeting = await loadMeeting(ctx, input.meetingId);
    if (meeting.status === 'published') throw conflict('纪要已经通过公布,出席名单不能再改', { status: meeting.status });
    const present = new Set(input.present);
    for (const userId of present) if (!meeting.attendees.some((a) => a.userId === userId)) throw invalid('present', '出席人不在受邀名单里');
    const attendees = meeting.attendees.map((a) => ({ ...a, present: present.has(a.userId) }));
    const missing = PARTY_CODES.filter((p) => !attendees.some((a) => a.party === p && a.present));
    if (missing.length) throw invalid('present', `三方联动会议需要${missing.map((p) => PARTIES[p]).join('、')}至少一人出席`);
    // Compare-and-set on the status: approval in between wins.
    const updated = await ctx.store.updateIf<MeetingDoc>('meetings', meeting._id, { status: meeting.status }, { attendees, status: 'held' });
    if (!updated) throw conflict('会议刚刚被别人更新了,请刷新');
    await ctx.store.insert('events', eventDoc(ctx, 'meeting.attendance', meeting._id, { present: [...present] }));
    return { meeting: { id: meeting._id, status: updated.status, present: present.size } };
  },
});

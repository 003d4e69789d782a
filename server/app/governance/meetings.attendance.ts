// meetings.attendance: a party records who came (from the invited people of the three parties);
// the meeting then counts as held and its minutes can be written. Refuses after approval and
// a list with nobody from one of the parties (三方 means all three).
import { recordAttendanceInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { PARTIES, PARTY_CODES } from '../../../src/domain/governance';
import { conflict, invalid } from '../errors';
import { eventDoc } from '../events';
import { requireParty, type MeetingDoc } from './model';
import { loadMeeting } from './meetings.get';
import { allowed } from '../../../src/domain/permissions';
import { governanceRefusals, governanceSummaries } from '../../../src/copy/governance';
import { commonServerText } from '../../../src/copy/common';

export const recordAttendance = defineAction({
  name: 'meetings.attendance',
  summary: governanceSummaries['meetings.attendance'],
  input: recordAttendanceInput,
  roles: allowed('meetings.attendance'),
  async run(ctx, input) {
    requireParty(callerOf(ctx));
    const meeting = await loadMeeting(ctx, input.meetingId);
    if (meeting.status === 'published') throw conflict(governanceRefusals.minutesPublishedNoAttendance, { status: meeting.status });
    const present = new Set(input.present);
    for (const userId of present) if (!meeting.attendees.some((a) => a.userId === userId)) throw invalid('present', governanceRefusals.attendeeNotInvited);
    const attendees = meeting.attendees.map((a) => ({ ...a, present: present.has(a.userId) }));
    const missing = PARTY_CODES.filter((p) => !attendees.some((a) => a.party === p && a.present));
    if (missing.length) throw invalid('present', governanceRefusals.partiesMissing(missing.map((p) => PARTIES[p]).join(commonServerText.listSeparator)));
    // Compare-and-set on the status: approval in between wins.
    const updated = await ctx.store.updateIf<MeetingDoc>('meetings', meeting._id, { status: meeting.status }, { attendees, status: 'held' });
    if (!updated) throw conflict(governanceRefusals.meetingChangedMeanwhile);
    await ctx.store.insert('events', eventDoc(ctx, 'meeting.attendance', meeting._id, { present: [...present] }));
    return { meeting: { id: meeting._id, status: updated.status, present: present.size } };
  },
});

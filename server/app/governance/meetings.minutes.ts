// meetings.minutes: a present attendee writes or amends the minutes until they are approved.
// `version` is the version the writer started from: an amendment over someone else's newer
// text is refused (409 with the current text), never silently overwritten.
import { amendMinutesInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { conflict, forbidden } from '../errors';
import { eventDoc } from '../events';
import type { MeetingDoc } from './model';
import { isPresent, loadMeeting } from './meetings.get';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

export const amendMinutes = defineAction({
  name: 'meetings.minutes',
  summary: governanceSummaries['meetings.minutes'],
  input: amendMinutesInput,
  roles: allowed('meetings.minutes'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const meeting = await loadMeeting(ctx, input.meetingId);
    if (meeting.status === 'published') throw conflict(governanceRefusals.minutesPublishedNoEdit, { status: meeting.status });
    if (meeting.status !== 'held') throw conflict(governanceRefusals.attendanceBeforeMinutes, { status: meeting.status });
    if (!isPresent(meeting, caller)) throw forbidden(governanceRefusals.attendeesEditMinutes);
    await requireClean(ctx, caller, [['text', input.text]]);
    const minutes = { text: input.text, version: input.version + 1, updatedAt: ctx.clock.now().toISOString(), updatedBy: caller.name };
    const updated = await ctx.store.updateIf<MeetingDoc>('meetings', meeting._id, { status: 'held', 'minutes.version': input.version }, { minutes });
    if (!updated) {
      const current = await loadMeeting(ctx, meeting._id);
      throw conflict(governanceRefusals.minutesChangedBy(current.minutes.updatedBy ?? governanceRefusals.someoneElse), { version: current.minutes.version, text: current.minutes.text });
    }
    await ctx.store.insert('events', eventDoc(ctx, 'meeting.minutes', meeting._id, { version: minutes.version, text: input.text }));
    return { minutes };
  },
});

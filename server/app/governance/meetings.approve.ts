// meetings.approve: the convener (or the community, who guides the table) approves the minutes:
// they are published to every resident, frozen, and announced as a notice. Refuses empty
// minutes and a meeting not yet held.
import { approveMinutesInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { partyOf } from '../../../src/domain/governance';
import { conflict, forbidden } from '../errors';
import { eventDoc } from '../events';
import { newId, type MeetingDoc, type NoticeDoc } from './model';
import { isPresent, loadMeeting } from './meetings.get';
import { allowed } from '../../../src/domain/permissions';
import { mayApproveMinutes } from '../../../src/domain/permissions/governance';
import { PAGES, pageLink } from '../../../src/routes';
import { governanceRefusals, governanceServerText, governanceSummaries } from '../../../src/copy/governance';

export const approveMinutes = defineAction({
  name: 'meetings.approve',
  summary: governanceSummaries['meetings.approve'],
  input: approveMinutesInput,
  roles: allowed('meetings.approve'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const meeting = await loadMeeting(ctx, input.meetingId);
    if (meeting.status === 'published') throw conflict(governanceRefusals.minutesAlreadyPublished, { status: meeting.status });
    if (meeting.status !== 'held') throw conflict(governanceRefusals.attendanceMissing, { status: meeting.status });
    if (!mayApproveMinutes(caller, meeting, isPresent(meeting, caller))) throw forbidden(governanceRefusals.approverNotAllowed);
    if (!meeting.minutes.text.trim()) throw conflict(governanceRefusals.minutesEmpty);
    const now = ctx.clock.now().toISOString();
    const notice: NoticeDoc = {
      _id: newId('notice', ctx.clock.now()),
      title: governanceServerText.minutesNoticeTitle(meeting.title).slice(0, 40),
      body: governanceServerText.minutesNoticeBody(meeting.minutes.text.slice(0, 200), meeting.minutes.text.length > 200 ? '…' : '', meeting.decisions.length),
      kind: 'minutes',
      pinned: false,
      authorId: caller.userId,
      authorName: caller.name,
      party: partyOf(caller.roles)!,
      page: pageLink(PAGES.meeting, { id: meeting._id }),
      reads: 0,
      publishedAt: now,
    };
    await ctx.store.transaction(async (tx) => {
      const current = await tx.get<MeetingDoc>('meetings', meeting._id);
      // Approve exactly the text the approver read.
      if (!current || current.status !== 'held' || current.minutes.version !== input.version) throw conflict(governanceRefusals.minutesChangedBeforeApproval, { version: current?.minutes.version });
      await tx.update('meetings', meeting._id, { status: 'published', approvedAt: now, approvedBy: caller.name });
      await tx.insert('notices', notice);
      await tx.insert('events', eventDoc(ctx, 'meeting.approved', meeting._id, { version: input.version, noticeId: notice._id }));
    });
    return { meeting: { id: meeting._id, status: 'published' as const }, noticeId: notice._id };
  },
});

// meetings.approve: the convener (or the community, who guides the table) approves the minutes:
// they are published to every resident, frozen, and announced as a notice. Refuses empty
// minutes and a meeting not yet held.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { partyOf } from '../../../src/domain/governance';
import { conflict, forbidden } from '../errors';
import { eventDoc } from '../events';
import { newId, type MeetingDoc, type NoticeDoc } from './model';
import { isPresent, loadMeeting } from './getMeeting';
import { allowed } from '../../../src/domain/permissions';
import { mayApproveMinutes } from '../../../src/domain/permissions/governance';
import { PAGES, pageLink } from '../../../src/ui/routes';

export const approveMinutes = defineAction({
  name: 'meetings.approve',
  summary: '通过并公布会议纪要(召集人或社区);公布后所有居民可见,不能再改',
  input: z.object({ meetingId: id('会议'), version: z.number({ error: '纪要版本格式不对' }).int('纪要版本格式不对').min(0, '纪要版本格式不对') }).strict(),
  roles: allowed('meetings.approve'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const meeting = await loadMeeting(ctx, input.meetingId);
    if (meeting.status === 'published') throw conflict('纪要已经公布了', { status: meeting.status });
    if (meeting.status !== 'held') throw conflict('会议还没有登记出席', { status: meeting.status });
    if (!mayApproveMinutes(caller, meeting, isPresent(meeting, caller))) throw forbidden('纪要由出席会议的召集人或社区通过');
    if (!meeting.minutes.text.trim()) throw conflict('纪要还是空的,请先写纪要');
    const now = ctx.clock.now().toISOString();
    const notice: NoticeDoc = {
      _id: newId('notice', ctx.clock.now()),
      title: `会议纪要:${meeting.title}`.slice(0, 40),
      body: `${meeting.minutes.text.slice(0, 200)}${meeting.minutes.text.length > 200 ? '…' : ''}\n共 ${meeting.decisions.length} 项决定,办理进度见纪要。`,
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
      if (!current || current.status !== 'held' || current.minutes.version !== input.version) throw conflict('纪要刚刚被修改过,请看过最新版本再通过', { version: current?.minutes.version });
      await tx.update('meetings', meeting._id, { status: 'published', approvedAt: now, approvedBy: caller.name });
      await tx.insert('notices', notice);
      await tx.insert('events', eventDoc(ctx, 'meeting.approved', meeting._id, { version: input.version, noticeId: notice._id }));
    });
    return { meeting: { id: meeting._id, status: 'published' as const }, noticeId: notice._id };
  },
});

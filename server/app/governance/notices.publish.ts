// notices.publish: the committee, the community or the manager publishes a notice (公告/公示):
// a result, minutes, a plan change, maintenance. Optionally pinned to the top.
import { publishNoticeInput } from '../../../src/domain/schemas/governance';
import { defineAction, callerOf } from '../action';
import { eventDoc } from '../events';
import { newId, requireParty, type NoticeDoc } from './model';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { governanceSummaries } from '../../../src/copy/governance';

export const publishNotice = defineAction({
  name: 'notices.publish',
  summary: governanceSummaries['notices.publish'],
  input: publishNoticeInput,
  roles: allowed('notices.publish'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const party = requireParty(caller);
    const now = ctx.clock.now();
    const notice: NoticeDoc = {
      _id: newId('notice', now),
      title: input.title,
      body: input.body,
      kind: input.kind,
      pinned: input.pinned,
      authorId: caller.userId,
      authorName: caller.name,
      party,
      page: null,
      reads: 0,
      publishedAt: now.toISOString(),
    };
    await requireClean(ctx, caller, [['title', input.title], ['body', input.body]]);
    await ctx.store.transaction(async (tx) => {
      await tx.insert('notices', notice);
      await tx.insert('events', eventDoc(ctx, 'notice.published', notice._id, { title: notice.title, kind: notice.kind, pinned: notice.pinned }));
    });
    return { notice: { id: notice._id } };
  },
});

// notices.publish: the committee, the community or the manager publishes a notice (公告/公示):
// a result, minutes, a plan change, maintenance. Optionally pinned to the top.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { text } from '../../../src/domain/fields';
import { NOTICE_KIND_CODES, type NoticeKind } from '../../../src/domain/governance';
import { eventDoc } from '../events';
import { newId, requireParty, type NoticeDoc } from './model';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';

export const publishNotice = defineAction({
  name: 'notices.publish',
  summary: '发布公告或公示(业委会、社区、物业),可置顶',
  input: z
    .object({
      title: text('公告标题', { max: 40 }),
      body: text('公告内容', { max: 2000 }),
      kind: z.enum(NOTICE_KIND_CODES as [NoticeKind, ...NoticeKind[]], { error: '请选择公告类型' }).default('other'),
      pinned: z.boolean({ error: '置顶格式不对' }).default(false),
    })
    .strict(),
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

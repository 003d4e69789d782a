// notices.list: notices for everyone, pinned first, then newest; `limit` 3 gives the 首页 strip.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { skip } from '../../../src/domain/fields';
import { NOTICE_KINDS, PARTIES } from '../../../src/domain/governance';
import { isParty, type NoticeDoc } from './model';
import { allowed } from '../../../src/domain/permissions';

export function noticeView(n: NoticeDoc) {
  return {
    id: n._id,
    title: n.title,
    kind: n.kind,
    kindLabel: NOTICE_KINDS[n.kind],
    pinned: n.pinned,
    authorName: n.authorName,
    partyLabel: PARTIES[n.party],
    publishedAt: n.publishedAt,
    reads: n.reads,
    page: n.page,
  };
}

export const listNotices = defineAction({
  name: 'notices.list',
  summary: '公告公示列表:置顶在前,新的在前',
  input: z.object({ limit: z.number({ error: '条数格式不对' }).int('条数格式不对').min(1, '条数至少 1').max(50, '一次最多 50 条').default(20), skip }).strict(),
  roles: allowed('notices.list'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const notices = await ctx.store.find<NoticeDoc>('notices', { orderBy: [['pinned', 'desc'], ['publishedAt', 'desc']], limit: input.limit + 1, skip: input.skip ?? 0 });
    return { canPublish: isParty(caller), notices: notices.slice(0, input.limit).map(noticeView), more: notices.length > input.limit };
  },
});

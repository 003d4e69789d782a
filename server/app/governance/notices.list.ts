// notices.list: notices for everyone, pinned first, then newest; `limit` 3 gives the 首页 strip.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { skip } from '../../../src/domain/fields';
import { NOTICE_KINDS, PARTIES } from '../../../src/domain/governance';
import { isParty, type NoticeDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { governanceRefusals, governanceSummaries } from '../../../src/copy/governance';

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
  summary: governanceSummaries['notices.list'],
  input: z.object({ limit: z.number({ error: governanceRefusals.limitMalformed }).int(governanceRefusals.limitMalformed).min(1, governanceRefusals.limitBelowOne).max(50, governanceRefusals.limitTooLarge).default(20), skip }).strict(),
  roles: allowed('notices.list'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const notices = await ctx.store.find<NoticeDoc>('notices', { orderBy: [['pinned', 'desc'], ['publishedAt', 'desc']], limit: input.limit + 1, skip: input.skip ?? 0 });
    return { canPublish: isParty(caller), notices: notices.slice(0, input.limit).map(noticeView), more: notices.length > input.limit };
  },
});

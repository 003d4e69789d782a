// issues.second: "我也遇到" on a public open issue, once per person (deterministic id), never on
// one's own report. The issue's count and priority move in one atomic update.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { OPEN_STATUSES, priorityKey } from '../../../src/domain/issues';
import { id } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { eventDoc } from '../events';
import { loadVisibleIssue, type IssueDoc } from './model';
import { allowed } from '../../../src/domain/permissions';

export const secondIssue = defineAction({
  name: 'issues.second',
  summary: '附议("我也遇到"):每人每条一次,不能附议自己的报事',
  input: z.object({ issueId: id('报事') }).strict(),
  roles: allowed('issues.second'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const seen = await loadVisibleIssue(ctx, caller, input.issueId);
    if (seen.reporterId === caller.userId || seen.createdBy === caller.userId) throw conflict('这是你自己报的事,不需要附议');
    if (seen.visibility !== 'public') throw conflict('这条报事不公开,不能附议');
    if (!OPEN_STATUSES.includes(seen.status)) throw conflict('这条报事已经结束,不能再附议', { status: seen.status });
    const now = ctx.clock.now().toISOString();
    const seconds = await ctx.store.transaction(async (tx) => {
      const issue = (await tx.get<IssueDoc>('issues', seen._id))!;
      if (await tx.get('seconds', `second:${issue._id}:${caller.userId}`)) throw conflict('你已经附议过了');
      await tx.insert('seconds', { _id: `second:${issue._id}:${caller.userId}`, issueId: issue._id, userId: caller.userId, at: now });
      const count = issue.seconds + 1;
      await tx.update('issues', issue._id, { seconds: count, priorityKey: priorityKey(count, new Date(issue.createdAt).getTime()) });
      await tx.insert('events', eventDoc(ctx, 'issue.seconded', issue._id, { seconds: count }));
      return count;
    });
    return { seconds };
  },
});

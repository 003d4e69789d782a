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
import { issueFields, issueRefusals, issueSummaries } from '../../../src/copy/issues';

export const secondIssue = defineAction({
  name: 'issues.second',
  summary: issueSummaries['issues.second'],
  input: z.object({ issueId: id(issueFields.issue) }).strict(),
  roles: allowed('issues.second'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const seen = await loadVisibleIssue(ctx, caller, input.issueId);
    if (seen.reporterId === caller.userId || seen.createdBy === caller.userId) throw conflict(issueRefusals.ownIssueNoSecond);
    if (seen.visibility !== 'public') throw conflict(issueRefusals.privateNoSecond);
    if (!OPEN_STATUSES.includes(seen.status)) throw conflict(issueRefusals.endedNoSecond, { status: seen.status });
    const now = ctx.clock.now().toISOString();
    const seconds = await ctx.store.transaction(async (tx) => {
      const issue = (await tx.get<IssueDoc>('issues', seen._id))!;
      if (await tx.get('seconds', `second:${issue._id}:${caller.userId}`)) throw conflict(issueRefusals.alreadySeconded);
      await tx.insert('seconds', { _id: `second:${issue._id}:${caller.userId}`, issueId: issue._id, userId: caller.userId, at: now });
      const count = issue.seconds + 1;
      await tx.update('issues', issue._id, { seconds: count, priorityKey: priorityKey(count, new Date(issue.createdAt).getTime()) });
      await tx.insert('events', eventDoc(ctx, 'issue.seconded', issue._id, { seconds: count }));
      return count;
    });
    return { seconds };
  },
});

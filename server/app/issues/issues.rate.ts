// issues.rate: the reporter rates the fix 1–5 with a comment, once, after it was done.
import { rateIssueInput } from '../../../src/domain/schemas/issues';
import { defineAction, callerOf } from '../action';
import { conflict, forbidden } from '../errors';
import { eventDoc } from '../events';
import { isReporter, loadVisibleIssue, type IssueDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { issueRefusals, issueSummaries } from '../../../src/copy/issues';

export const rateIssue = defineAction({
  name: 'issues.rate',
  summary: issueSummaries['issues.rate'],
  input: rateIssueInput,
  roles: allowed('issues.rate'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const issue = await loadVisibleIssue(ctx, caller, input.issueId);
    if (!isReporter(issue, caller)) throw forbidden(issueRefusals.onlyReporterRates);
    if (!issue.doneAt || !['done', 'closed'].includes(issue.status)) throw conflict(issueRefusals.rateAfterDone, { status: issue.status });
    const at = ctx.clock.now().toISOString();
    const rating = { stars: input.stars, comment: input.comment ?? '', at };
    await ctx.store.transaction(async (tx) => {
      const current = await tx.get<IssueDoc>('issues', issue._id);
      if (current?.rating) throw conflict(issueRefusals.alreadyRated);
      await tx.update('issues', issue._id, { rating });
      await tx.insert('events', eventDoc(ctx, 'issue.rated', issue._id, { stars: input.stars, ...(input.comment ? { note: input.comment } : {}) }));
    });
    return { rating };
  },
});

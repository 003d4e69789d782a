// issues.comment: a comment on an issue the caller can see, after the content check.
import { commentIssueInput } from '../../../src/domain/schemas/issues';
import { defineAction, callerOf } from '../action';
import { loadVisibleIssue } from './model';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';
import { issueSummaries } from '../../../src/copy/issues';

export const commentIssue = defineAction({
  name: 'issues.comment',
  summary: issueSummaries['issues.comment'],
  input: commentIssueInput,
  roles: allowed('issues.comment'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const issue = await loadVisibleIssue(ctx, caller, input.issueId);
    await requireClean(ctx, caller, [['text', input.text]]);
    const at = ctx.clock.now().toISOString();
    const comment = { _id: newId('comment', new Date(at), { parent: issue._id }), issueId: issue._id, userId: caller.userId, name: caller.name, text: input.text, at };
    await ctx.store.insert('comments', comment);
    await ctx.store.increment('issues', issue._id, { comments: 1 });
    return { comment: { id: comment._id, name: comment.name, text: comment.text, at } };
  },
});


// polls.publish: the committee publishes a closed poll's result (公示) to every signed-in
// resident, and posts it to 公告公示. Refuses a poll that is not closed yet, or already published (409).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { recordEvent } from '../events';
import { badState, loadPoll, type PollDoc } from './model';
import { settle } from './helpers/tally';
import { announcePoll } from './notices';
import { resultNotice } from './helpers/resultNotice';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const publishResults = defineAction({
  name: 'polls.publish',
  summary: pollSummaries['polls.publish'],
  input: z.object({ pollId: id(pollFields.poll) }).strict(),
  roles: allowed('polls.publish'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const poll = await settle(ctx, await loadPoll(ctx, input.pollId));
    if (poll.status !== 'closed') throw badState(poll, poll.status === 'published' ? pollRefusals.alreadyPublished : pollRefusals.publishAfterClosing);
    const publishedAt = ctx.clock.now().toISOString();
    // The status and the 公告公示 notice in one transaction (resultNotice.ts).
    const published = await ctx.store.transaction(async (tx) => {
      const current = await tx.get<PollDoc>('polls', poll._id);
      if (!current || current.status !== 'closed') return null;
      const patch = { status: 'published' as const, publishedAt, publishedBy: caller.userId };
      await tx.update('polls', poll._id, patch);
      await tx.insert('notices', resultNotice({ ...poll, ...current }, caller, publishedAt));
      return { ...current, ...patch };
    });
    if (!published) throw badState({ ...poll, status: 'published' }, pollRefusals.alreadyPublished);
    await recordEvent(ctx, 'poll.published', poll._id, { publishedAt });
    await announcePoll(ctx, published, 'poll.published');
    return { poll: { id: poll._id, status: published.status, publishedAt } };
  },
});

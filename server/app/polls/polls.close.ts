// polls.close: the committee closes an open poll by hand (before or instead of its closing time)
// and it is counted. Closing goes in phases (closing.ts): a big compound's close may answer
// `closing` with how far the sealing got, and the screen asks again until it is `closed`; the
// jobs finish it too. Pressing again while it is closing takes it further. Refuses a poll that is
// not open or closing (409 with its state).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { badState, loadPoll, type PollDoc } from './model';
import { beginClose, advanceClose } from './helpers/closing';
import { settle } from './helpers/tally';
import { opIdField, sameOp } from '../opId';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const closePoll = defineAction({
  name: 'polls.close',
  summary: pollSummaries['polls.close'],
  input: z.object({ pollId: id(pollFields.poll), opId: opIdField }).strict(),
  roles: allowed('polls.close'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const poll = await settle(ctx, await loadPoll(ctx, input.pollId));
    // The same press sent again (it timed out after closing): answer as the first did.
    if (sameOp(poll.closing?.opId, input.opId)) return { poll: closeView(await advanceClose(ctx, poll._id)) };
    if (poll.status !== 'open' && poll.status !== 'closing') {
      throw badState(poll, poll.status === 'draft' || poll.status === 'opening' ? pollRefusals.notOpenYet : pollRefusals.alreadyClosed);
    }
    if (poll.status === 'open' && !(await beginClose(ctx, poll, caller.userId, input.opId))) throw badState({ ...poll, status: 'closed' }, pollRefusals.alreadyClosed);
    return { poll: closeView(await advanceClose(ctx, poll._id)) };
  },
});

/** A close as the committee sees it: done with its result, or how far it got. */
export function closeView(poll: PollDoc) {
  if (poll.status === 'closing') {
    const c = poll.closing!;
    return { id: poll._id, status: poll.status, closing: { seatsDone: c.seatsDone, seatsTotal: c.seatsTotal } };
  }
  return { id: poll._id, status: poll.status, closedAt: poll.closedAt, result: !poll.result ? null : poll.result.kind === 'consultation' ? 'counted' : poll.result.result };
}

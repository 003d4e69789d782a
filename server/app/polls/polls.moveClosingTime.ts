// polls.moveClosingTime: the committee moves an open poll's closing time, later or earlier (not
// into the past), with a reason that is kept on the poll and shown to everyone, and logged. The
// write is a compare-and-set on "still open, closing time unchanged": a close that started first
// (by hand or by the jobs, which pick due polls by `closesAt` on every run) makes it a 409, and two
// moves at once cannot both win. Copies of the rules in other instances expire before either time
// matters (src/domain/closingTime.ts); this instance forgets its copy at once.
import { moveClosingTimeInput } from '../../../src/domain/schemas/polls';
import { defineAction, callerOf } from '../action';
import { closingMoveRefusal } from '../../../src/domain/closingTime';
import { conflict, invalid } from '../errors';
import { recordEvent } from '../events';
import { badState, loadPoll, type PollDoc } from './model';
import { forgetRules } from './helpers/quickCast';
import { pollView } from './helpers/views';
import { allowed } from '../../../src/domain/permissions';
import { pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const moveClosingTime = defineAction({
  name: 'polls.moveClosingTime',
  summary: pollSummaries['polls.moveClosingTime'],
  input: moveClosingTimeInput,
  roles: allowed('polls.moveClosingTime'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    const poll = await loadPoll(ctx, input.pollId);
    if (poll.status !== 'open') {
      throw badState(poll, poll.status === 'draft' || poll.status === 'opening' ? pollRefusals.notOpenMoveInDraft : pollRefusals.closedNoMove);
    }
    const refusal = closingMoveRefusal(poll.closesAt, input.closesAt, now);
    if (refusal?.field === 'poll') throw conflict(refusal.message, { status: poll.status });
    if (refusal) throw invalid(refusal.field, refusal.message);

    const move: NonNullable<PollDoc['closingMove']> = { from: poll.closesAt, to: new Date(input.closesAt).toISOString(), reason: input.reason, by: caller.userId, at: now.toISOString() };
    const moved = await ctx.store.updateIf<PollDoc>('polls', poll._id, { status: 'open', closesAt: poll.closesAt }, { closesAt: move.to, closingMove: move });
    forgetRules(ctx.store, poll._id);
    if (!moved) {
      const latest = await loadPoll(ctx, poll._id);
      throw latest.status === 'open' ? conflict(pollRefusals.closingChangedMeanwhile, { status: latest.status }) : badState(latest, pollRefusals.closedNoMove);
    }
    await recordEvent(ctx, 'poll.closing_moved', poll._id, { from: move.from, to: move.to, reason: move.reason });
    return { poll: pollView(moved) };
  },
});

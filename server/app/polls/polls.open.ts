// polls.open: the committee opens a draft. The roster (units, areas, holders) is frozen into the
// poll's own documents first, and only then does the poll accept ballots, so every denominator
// and every "who may vote for this unit" comes from the roster as it was at this moment; a sale
// during the poll changes nothing. Opening goes in phases (opening.ts): a big compound's opening
// answers `opening` with how far registering got, and the screen presses again with the same
// operation id until it is `open`; the jobs finish it too. Refuses a poll that is not a draft or
// opening (409) and an empty roster.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { loadPoll, badState, type PollDoc } from './model';
import { beginOpen, advanceOpen } from './helpers/opening';
import { opIdField, sameOp } from '../opId';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const openPoll = defineAction({
  name: 'polls.open',
  summary: pollSummaries['polls.open'],
  input: z.object({ pollId: id(pollFields.poll), opId: opIdField }).strict(),
  roles: allowed('polls.open'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    const poll = await loadPoll(ctx, input.pollId);
    // The same press sent again (it timed out after opening): answer as the first did.
    if (sameOp(poll.opening?.opId, input.opId)) return { poll: openView(await advanceOpen(ctx, poll._id)) };
    if (poll.status !== 'draft' && poll.status !== 'opening') throw badState(poll, pollRefusals.alreadyOpened);
    if (poll.status === 'draft') {
      if (poll.closesAt && Date.parse(poll.closesAt) <= now.getTime()) throw conflict(pollRefusals.closingPassedRedraft, { status: poll.status });
      // Claim the opening: of two committee members pressing at once, one starts it.
      if (!(await beginOpen(ctx, poll, caller.userId, input.opId))) throw conflict(pollRefusals.openedMeanwhile, { status: 'opening' });
    }
    const after = await advanceOpen(ctx, poll._id);
    if (after.status === 'draft') throw conflict(pollRefusals.rosterEmpty);
    return { poll: openView(after) };
  },
});

/** An opening as the committee sees it: open with its roster, or how far registering got. */
export function openView(poll: PollDoc) {
  if (poll.status === 'opening') {
    const o = poll.opening;
    return { id: poll._id, status: poll.status, opening: { holdersDone: o?.holdersDone ?? 0, holdersTotal: o?.holdersTotal ?? 0 } };
  }
  const roster = poll.roster;
  return { id: poll._id, status: poll.status, ...(roster ? { roster: { units: roster.units, holders: roster.holders, areaCenti: roster.areaCenti } } : {}) };
}

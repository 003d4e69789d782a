// polls.get: one poll, and what the caller may do in it: whether they may vote (and for which
// units), whether they already did (their own choice only), and whether they may still change it;
// `me.seats` lists the units to choose from when the caller may vote for more than one owner
// (their own flats of different owners, or written authorisations).
// Drafts answer 404 to everyone but the committee.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { AppError, notFound } from '../errors';
import { acceptsBallots, isBallot, loadPoll, type BallotDoc } from './model';
import { settle } from './helpers/tally';
import { mayChangeBallot } from '../../../src/domain/ballotChange';
import { refOf } from './helpers/receipt';
import { pollView } from './helpers/views';
import { seatChoices, seatFor } from './helpers/voters';
import { namedRound } from './helpers/paperCount';
import { allowed } from '../../../src/domain/permissions';
import { maySeeDraftPoll } from '../../../src/domain/permissions/polls';
import { pollFields, pollSummaries } from '../../../src/copy/polls';

export const getPoll = defineAction({
  name: 'polls.get',
  summary: pollSummaries['polls.get'],
  input: z.object({ pollId: id(pollFields.poll), unitId: id(pollFields.unit).optional() }).strict(),
  roles: allowed('polls.get'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    let poll = await loadPoll(ctx, input.pollId);
    if (poll.status === 'draft' && !maySeeDraftPoll(caller)) throw notFound(pollFields.poll);
    poll = await settle(ctx, poll);
    let me: Record<string, unknown> = { canVote: false };
    if (poll.roster) {
      try {
        const seat = await seatFor(ctx, caller, poll, input.unitId);
        const found = await ctx.store.get<BallotDoc>('ballots', seat.ballotId);
        const ballot = isBallot(found) ? found : null;
        const open = acceptsBallots(poll, ctx.clock.now());
        me = {
          canVote: open && !ballot,
          units: seat.units.map((u) => u.label),
          proxy: !!seat.proxy,
          ballot: ballot
            ? {
                channel: ballot.channel,
                castAt: ballot.castAt,
                changes: ballot.changes,
                canChange: open && mayChangeBallot(poll.allowChange, ballot),
                // A proxy sees only a choice they made; the owner's own choice stays theirs.
                ...(seat.proxy && ballot.castBy !== caller.userId ? {} : { ...ownChoice(ballot), ref: refOf(ballot) }),
              }
            : null,
        };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        me = { canVote: false, reason: error.message, ...(error.field ? { field: error.field } : {}) };
      }
      // More than one seat (units of different owners, or authorisations): the screen asks which.
      const seats = await seatChoices(ctx, caller, poll);
      if (seats.length > 1) me.seats = seats;
    }
    const scrutineerRound = await namedRound(ctx, poll, caller);
    if (scrutineerRound) me.scrutineerRound = scrutineerRound;
    return { poll: pollView(poll), me };
  },
});

const ownChoice = (b: BallotDoc) => (b.choice !== undefined ? { choice: b.choice } : b.choices !== undefined ? { choices: b.choices } : { option: b.option });

// The common case of casting, in two store operations: a verified owner, registered when the poll
// opened (voterRegistry.ts), votes for their own seat. It reads their registry document and
// inserts the ballot; the poll's rules (kind, candidates, closing time) come from a per-process
// copy, read once, because they never change once the poll is open. Closing is enforced by the
// closing time and by the seals closing leaves on empty seats, against which a late insert
// collides (seal.ts). Everything else (no registry document, another unit, a change) returns
// null and takes the general path (castBallot → writeBallot).
import type { Ctx } from '../../context';
import { callerIdOf } from '../../action';
import { invalid } from '../../errors';
import { StoreError, instanceOf, type Store } from '../../../store/port';
import { assertAcceptsBallots, type BallotDoc, type PollDoc } from '../model';
import { newBallot, secondBallot, type Written } from './ballots';
import { pollVoterId, type PollVoterDoc } from './voterRegistry';
import { checkedChoice, refuseOtherFields } from './voters';
import { RULES_KEPT_MS } from '../../../../src/domain/closingTime';
import { pollRefusals } from '../../../../src/copy/polls';

export interface CastInput {
  pollId: string;
  unitId?: string;
  choice?: 'yes' | 'no' | 'abstain';
  choices?: string[];
  option?: string;
  change?: boolean;
}

export async function quickCast(ctx: Ctx, input: CastInput): Promise<Written | null> {
  if (input.change) return null;
  const userId = callerIdOf(ctx);
  const voter = await ctx.store.get<PollVoterDoc>('pollVoters', pollVoterId(input.pollId, userId));
  if (!voter) return null;
  const poll = await rulesOf(ctx.store, input.pollId);
  if (!poll || poll.roster?.openId !== voter.openId) return null;
  assertAcceptsBallots(poll, ctx.clock.now());
  const seat = input.unitId ? voter.seats.find((s) => s.units.some((u) => u.id === input.unitId)) : voter.seats.length === 1 ? voter.seats[0] : undefined;
  if (!seat) {
    if (input.unitId) return null; // a proxy's unit, or one the general path explains
    throw invalid('unitId', pollRefusals.chooseUnitOfOwner);
  }
  refuseOtherFields(poll, input);
  const ballot = newBallot(poll._id, seat, checkedChoice(poll, input), { channel: 'online', castBy: userId, at: ctx.clock.now().toISOString() });
  try {
    await ctx.store.insert('ballots', ballot);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
    throw secondBallot(poll, await ctx.store.get<BallotDoc>('ballots', seat.ballotId));
  }
  return { ballot, changed: false };
}

// Per function instance (instanceOf: on the emulated store every invocation has its own Store
// object, all of one instance, as a warm CloudBase instance serves many calls), the polls seen open or later. Only what cannot change after
// opening is used from it: a stale status here can only be "open" for a poll that closed since,
// and then the seal refuses the ballot. The read itself is shared by casts arriving together.
// The closing time can be moved (moveClosingTime.ts), so a copy is kept RULES_KEPT_MS at most.
const seen = new WeakMap<object, Map<string, { reading: Promise<PollDoc | null>; until: number }>>();
const KEEP = 200;

/** This instance reads the poll again on the next cast (its closing time was just moved here). */
export function forgetRules(store: Store, pollId: string): void {
  seen.get(instanceOf(store))?.delete(pollId);
}

function rulesOf(store: Store, pollId: string): Promise<PollDoc | null> {
  const instance = instanceOf(store);
  let polls = seen.get(instance);
  if (!polls) seen.set(instance, (polls = new Map()));
  const known = polls.get(pollId);
  if (known && known.until > Date.now()) return known.reading;
  if (polls.size >= KEEP) polls.clear();
  const reading = store.get<PollDoc>('polls', pollId).then(
    (poll) => {
      // Not yet open (or gone): its rules may still change, so ask again next time.
      if (!poll || !poll.roster || poll.status === 'draft' || poll.status === 'opening') polls.delete(pollId);
      return poll;
    },
    (error: unknown) => {
      polls.delete(pollId);
      throw error;
    },
  );
  polls.set(pollId, { reading, until: Date.now() + RULES_KEPT_MS });
  return reading;
}

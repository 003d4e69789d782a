// The voter registry of an open decision or election: one document per verified owner, keyed by
// their user id, naming the frozen seats (holders) they may vote for. Written while the poll
// opens, chunk by chunk (opening.ts), from the memberships and owner roles of that moment, so casting a ballot reads this one
// document instead of the user, their memberships and their holder: with the ballot's own insert,
// two store operations per ballot, which CloudBase's per-second operation quota needs.
//
// It is a cache of what the slow path (voters.ts, seatFor) would decide, never an authority of
// its own: whatever could change that decision (a role granted or withdrawn, a claim approved)
// drops the person's documents in open polls, and they are served by the slow path from then on.
// Proxies (委托书) and consultations always take the slow path.
import type { Deps } from '../../context';
import type { PollDoc } from '../model';
import type { Seat } from './voters';

/** `pollVoter:<pollId>:<userId>`: the seats a verified owner may vote for, frozen at opening. */
export interface PollVoterDoc {
  _id: string;
  pollId: string;
  openId: string;
  userId: string;
  seats: Seat[];
  [key: string]: unknown;
}

export const pollVoterId = (pollId: string, userId: string) => `pollVoter:${pollId}:${userId}`;

/**
 * Drops a person's registry documents in every poll that is opening or open, after something that
 * may change whom they can vote for (roles, memberships): they take the slow path from now on.
 */
export async function forgetVoter(ctx: Deps, userId: string): Promise<void> {
  const live = await ctx.store.find<PollDoc>('polls', { where: { status: { $in: ['opening', 'open'] } }, orderBy: [['createdAt', 'asc']], limit: 100 });
  for (const poll of live) await ctx.store.remove('pollVoters', pollVoterId(poll._id, userId));
}

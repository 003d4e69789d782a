// The voter registry of an open decision or election: one document per verified owner, keyed by
// their user id, naming the frozen seats (holders) they may vote for. Written when the poll
// opens, from the memberships and owner roles of that moment, so casting a ballot reads this one
// document instead of the user, their memberships and their holder: with the ballot's own insert,
// two store operations per ballot, which CloudBase's per-second operation quota needs.
//
// It is a cache of what the slow path (voters.ts, seatFor) would decide, never an authority of
// its own: whatever could change that decision (a role granted or withdrawn, a claim approved)
// drops the person's documents in open polls, and they are served by the slow path from then on.
// Proxies (委托书) and consultations always take the slow path.
import type { Ctx, Deps } from '../context';
import type { MembershipDoc, UserDoc } from '../model';
import { ballotId, type PollDoc, type PollHolderDoc } from './model';
import { readAll, writeReplacing } from './roster';
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
 * Registers every verified owner of the frozen roster: a member of a unit whose frozen holder is
 * the one the membership names (as seatFor checks), holding the owner role now.
 */
export async function registerVoters(ctx: Ctx, poll: PollDoc, openId: string, holders: ReadonlyMap<string, PollHolderDoc>): Promise<number> {
  if (poll.kind === 'consultation') return 0;
  const memberships = await readAll<MembershipDoc>(ctx, 'memberships');
  const byUser = new Map<string, MembershipDoc[]>();
  for (const m of memberships) byUser.set(m.userId, [...(byUser.get(m.userId) ?? []), m]);
  const owners = new Set<string>();
  const ids = [...byUser.keys()];
  for (let i = 0; i < ids.length; i += 100) {
    const users = await ctx.store.find<UserDoc>('users', { where: { _id: { $in: ids.slice(i, i + 100) } }, limit: 100 });
    for (const u of users) if (u.roles.includes('owner')) owners.add(u._id);
  }
  const docs: PollVoterDoc[] = [];
  for (const [userId, mine] of byUser) {
    if (!owners.has(userId)) continue;
    const seats = new Map<string, Seat>();
    for (const m of mine) {
      const holder = holders.get(m.holderId);
      if (!holder || seats.has(holder.holderId) || !holder.units.some((u) => u.id === m.unitId)) continue;
      seats.set(holder.holderId, { ballotId: ballotId(poll._id, holder.holderId), key: holder.holderId, holderId: holder.holderId, units: holder.units, areaCenti: holder.areaCenti });
    }
    if (seats.size) docs.push({ _id: pollVoterId(poll._id, userId), pollId: poll._id, openId, userId, seats: [...seats.values()] });
  }
  await writeReplacing(ctx, 'pollVoters', docs);
  // A role withdrawn while we were writing: its forgetVoter may have run before our write, so
  // look at the roles again now and drop whoever is no longer an owner (grantRole forgets after
  // its write too: one of the two sees the other).
  const registered = docs.map((d) => d.userId);
  for (let i = 0; i < registered.length; i += 100) {
    const users = await ctx.store.find<UserDoc>('users', { where: { _id: { $in: registered.slice(i, i + 100) } }, limit: 100 });
    for (const u of users) if (!u.roles.includes('owner')) await ctx.store.remove('pollVoters', pollVoterId(poll._id, u._id));
  }
  return docs.length;
}

/**
 * Drops a person's registry documents in every poll that is opening or open, after something that
 * may change whom they can vote for (roles, memberships): they take the slow path from now on.
 */
export async function forgetVoter(ctx: Deps, userId: string): Promise<void> {
  const live = await ctx.store.find<PollDoc>('polls', { where: { status: { $in: ['opening', 'open'] } }, orderBy: [['createdAt', 'asc']], limit: 100 });
  for (const poll of live) await ctx.store.remove('pollVoters', pollVoterId(poll._id, userId));
}

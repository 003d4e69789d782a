// The invariants each area keeps whatever step a call is cut off at, once the caller retries the
// same operation or the jobs run once (docs/invariants.md). Each returns the violations it finds,
// in words, so the suite can say which step broke which invariant.
import type { Deps } from '../../server/app/context';
import type { MembershipDoc, UserDoc } from '../../server/app/model';
import { GATES, gateId, type GateDoc } from '../../server/app/polls/helpers/closing';
import { isBallot, type BallotDoc, type PollDoc, type PollHolderDoc, type RosterSummary } from '../../server/app/polls/model';
import { countOf } from '../../server/app/polls/helpers/tally';
import { snapshotUnits, readAll } from '../../server/app/polls/helpers/roster';
import { pollVoterId, type PollVoterDoc } from '../../server/app/polls/helpers/voterRegistry';
import type { ActivityDoc, SeatDoc, SignupDoc } from '../../server/app/volunteers/model';

type Violations = Promise<string[]>;
const ctxOf = (deps: Deps) => ({ ...deps, caller: null });

// ── polls ─────────────────────────────────────────────────────────────────────────────────

/** The close finished: closed with a result, every gate shut, every seat voted or sealed. */
export async function closeFinished(deps: Deps, pollId: string): Violations {
  const poll = (await deps.store.get<PollDoc>('polls', pollId))!;
  const out: string[] = [];
  if (poll.status !== 'closed' && poll.status !== 'published') out.push(`poll is ${poll.status}, not closed`);
  if (!poll.result) out.push('closed without a result');
  if (!poll.closedAt) out.push('closed without closedAt');
  for (let n = 0; n < GATES; n++) if (!(await deps.store.get<GateDoc>('pollGates', gateId(pollId, n)))?.shut) out.push(`gate ${n} open`);
  if (poll.kind !== 'consultation' && poll.roster) {
    const holders = await readAll<PollHolderDoc>(ctxOf(deps), 'pollHolders', { pollId });
    for (const h of holders) if (!(await deps.store.get('ballots', `ballot:${pollId}:${h.holderId}`))) out.push(`seat ${h.holderId} neither voted nor sealed`);
  }
  return out;
}

/** The published totals equal a count of the ballots stored now. */
export async function countedEqualsStored(deps: Deps, pollId: string): Violations {
  const poll = (await deps.store.get<PollDoc>('polls', pollId))! as PollDoc & { roster: RosterSummary };
  if (!poll.result) return ['no result to compare'];
  const ctx = ctxOf(deps);
  const ballots = (await readAll<BallotDoc>(ctx, 'ballots', { pollId })).filter(isBallot);
  const again = countOf(poll, await snapshotUnits(ctx, poll), ballots, new Date(poll.result.countedAt));
  return JSON.stringify(again) === JSON.stringify(poll.result) ? [] : [`result ${JSON.stringify(poll.result)} but the stored ballots count ${JSON.stringify(again)}`];
}

/** No stored ballot was cast or changed after the poll's closedAt. */
export async function noBallotAfterClose(deps: Deps, pollId: string): Violations {
  const poll = (await deps.store.get<PollDoc>('polls', pollId))!;
  if (!poll.closedAt) return [];
  const ballots = (await readAll<BallotDoc>(ctxOf(deps), 'ballots', { pollId })).filter(isBallot);
  return ballots.filter((b) => (b.changedAt ?? b.castAt) > poll.closedAt!).map((b) => `${b._id} written at ${b.changedAt ?? b.castAt}, after the close at ${poll.closedAt}`);
}

/** Every registry document of a live poll belongs to someone who holds the owner role now. */
export async function registryBackedByRoles(deps: Deps, pollId: string): Violations {
  const voters = await readAll<PollVoterDoc>(ctxOf(deps), 'pollVoters', {});
  const out: string[] = [];
  for (const v of voters.filter((x) => x.pollId === pollId)) {
    const user = await deps.store.get<UserDoc>('users', v.userId);
    if (!user?.roles.includes('owner')) out.push(`${v.userId} is in the registry without the owner role`);
  }
  return out;
}

/**
 * An open poll has a holder document for every frozen holder, and every verified owner named has
 * exactly one registry document, of this opening, naming all their seats (none left out by a cut).
 */
export async function registryMatchesRoster(deps: Deps, pollId: string, owners: string[]): Violations {
  const poll = (await deps.store.get<PollDoc>('polls', pollId))!;
  if (poll.status !== 'open' || !poll.roster) return [`poll is ${poll.status}`];
  const out: string[] = [];
  const holders = (await readAll<PollHolderDoc>(ctxOf(deps), 'pollHolders', { pollId })).filter((h) => h.openId === poll.roster!.openId);
  if (holders.length !== poll.roster.holders) out.push(`${holders.length} holder documents for ${poll.roster.holders} frozen holders`);
  for (const openid of owners) {
    const userId = `user:${openid}`;
    const mine = await deps.store.find<MembershipDoc>('memberships', { where: { userId }, limit: 100 });
    const voter = await deps.store.get<PollVoterDoc>('pollVoters', pollVoterId(pollId, userId));
    if (!voter) out.push(`${userId} is a verified owner but not in the registry`);
    else if (voter.openId !== poll.roster.openId) out.push(`${userId}'s registry document is from another opening`);
    else if (new Set(voter.seats.map((x) => x.key)).size !== new Set(mine.map((m) => m.holderId)).size) out.push(`${userId} has ${voter.seats.length} seats for ${mine.length} memberships`);
  }
  return out;
}

// ── volunteers ────────────────────────────────────────────────────────────────────────────

async function ledger(deps: Deps, activityId: string) {
  const seats = await deps.store.find<SeatDoc>('seats', { where: { activityId }, limit: 100 });
  const signups = await deps.store.find<SignupDoc>('signups', { where: { activityId }, orderBy: [['arrival', 'asc']], limit: 100 });
  const activity = (await deps.store.get<ActivityDoc>('activities', activityId))!;
  return { seats, signups, activity };
}

/** Every seat is held by a confirmed sign-up that names it, and every confirmed sign-up has its seat. */
export async function noSeatHeldByNobody(deps: Deps, activityId: string): Violations {
  const { seats, signups } = await ledger(deps, activityId);
  const byId = new Map(signups.map((s) => [s._id, s]));
  const out = seats.filter((seat) => !(byId.get(seat.signupId)?.status === 'confirmed' && byId.get(seat.signupId)?.seat === seat.n)).map((seat) => `seat ${seat.n} held by ${seat.signupId} (${byId.get(seat.signupId)?.status ?? 'nobody'})`);
  for (const s of signups.filter((x) => x.status === 'confirmed')) if (!seats.some((seat) => seat.n === s.seat && seat.signupId === s._id)) out.push(`${s._id} confirmed without its seat ${s.seat}`);
  return out;
}

/** Nobody waits while a seat is free, nobody is left half signed-up, and the line keeps its order. */
export async function waitlistMovesInOrder(deps: Deps, activityId: string): Violations {
  const { seats, signups, activity } = await ledger(deps, activityId);
  const out: string[] = [];
  const waiting = signups.filter((s) => s.status === 'waitlisted');
  if (waiting.length && seats.length < activity.capacity) out.push(`${waiting.length} waiting while ${activity.capacity - seats.length} seat(s) are free`);
  for (const s of signups.filter((x) => x.status === 'claiming')) out.push(`${s._id} left claiming`);
  const firstWaiting = waiting[0]?.arrival;
  for (const s of signups.filter((x) => x.status === 'confirmed' && firstWaiting && x.arrival > firstWaiting)) out.push(`${s._id} confirmed ahead of earlier ${waiting[0]._id}`);
  return out;
}

// ── notifications ─────────────────────────────────────────────────────────────────────────

/** A message for one event is recorded (and so sent) at most once: one outbox document per key. */
export async function notifiedAtMostOnce(deps: Deps, kind: string, toUserId: string): Violations {
  const all = await deps.store.find<{ _id: string; kind: string; toUserId: string }>('outbox', { where: { toUserId }, limit: 100 });
  const mine = all.filter((m) => m.kind === kind);
  return mine.length > 1 ? [`${mine.length} ${kind} messages for ${toUserId}`] : [];
}

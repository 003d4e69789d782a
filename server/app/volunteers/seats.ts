// The seat ledger behind every sign-up. A confirmed place exists only as a document
// `seat:<activityId>:<n>` with n in 1..capacity, claimed by insert: the store refuses a second
// document with the same `_id`, so however many people tap at once, there are never more
// confirmed places than seats. No counter document guards capacity, and every step is a single-
// document write, so CloudBase (which has no multi-document locking) behaves the same.
//
// The waitlist is ordered by each sign-up's arrival key. Whoever frees or fails to find a seat
// runs `promote`, which hands free seats to the earliest waiting sign-up by the same insert, then
// moves that sign-up from waitlisted to confirmed by compare-and-set; if the person left
// meanwhile, the seat is given back and the next one is tried. Two promoters at once cannot give
// one person two seats (the second compare-and-set fails and returns its seat).
import { randomBytes } from 'node:crypto';
import { arrivalKey, freeSeats, seatId } from '../../../src/domain/volunteers';
import { StoreError, MAX_PAGE } from '../../store/port';
import type { Ctx } from '../context';
import { eventDoc } from '../events';
import type { ActivityDoc, SeatDoc, SignupDoc } from './model';
import { notifyPromoted } from './notify';

let sequence = 0;
const salt = randomBytes(3).toString('hex');

/** The arrival key of a sign-up received now (see src/domain/volunteers.ts). */
export function nextArrival(now: Date): string {
  sequence += 1;
  return arrivalKey(now, sequence, salt);
}

const isDuplicate = (error: unknown) => error instanceof StoreError && error.code === 'duplicate';

/** Seat numbers currently held, read page by page in seat order (capacity may exceed one page). */
export async function takenSeats(ctx: Ctx, activityId: string): Promise<number[]> {
  const out: number[] = [];
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await ctx.store.find<SeatDoc>('seats', { where: { activityId }, orderBy: [['n', 'asc']], limit: MAX_PAGE, skip });
    out.push(...page.map((s) => s.n));
    if (page.length < MAX_PAGE) return out;
  }
}

/** Tries to claim one free seat for `signupId`; the seat number, or null when all are held. */
async function claimSeat(ctx: Ctx, activity: ActivityDoc, signupIdValue: string): Promise<number | null> {
  for (const n of freeSeats(activity.capacity, await takenSeats(ctx, activity._id))) {
    try {
      await ctx.store.insert('seats', { _id: seatId(activity._id, n), activityId: activity._id, n, signupId: signupIdValue, at: ctx.clock.now().toISOString() });
      return n;
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
  }
  return null;
}

async function releaseSeat(ctx: Ctx, activityId: string, n: number, holder: string): Promise<void> {
  const seat = await ctx.store.get<SeatDoc>('seats', seatId(activityId, n));
  if (seat?.signupId === holder) await ctx.store.remove('seats', seat._id);
}

/**
 * Places a sign-up that is `claiming`: a seat if one is free and nobody is already waiting,
 * otherwise the waitlist. Returns the sign-up as stored afterwards.
 */
export async function placeSignup(ctx: Ctx, activity: ActivityDoc, signup: SignupDoc): Promise<SignupDoc> {
  // Someone already waiting goes first: a newcomer joins the end of the line.
  const waiting = await ctx.store.find<SignupDoc>('signups', { where: { activityId: activity._id, status: 'waitlisted' }, limit: 1 });
  if (waiting.length === 0) {
    const n = await claimSeat(ctx, activity, signup._id);
    if (n !== null) {
      const confirmed = await ctx.store.updateIf<SignupDoc>('signups', signup._id, { status: 'claiming', arrival: signup.arrival }, { status: 'confirmed', seat: n });
      if (confirmed) return confirmed;
      // Cancelled while claiming: give the seat back to the line.
      await releaseSeat(ctx, activity._id, n, signup._id);
      await promote(ctx, activity);
      return (await ctx.store.get<SignupDoc>('signups', signup._id)) ?? signup;
    }
  }
  const waitlisted = await ctx.store.updateIf<SignupDoc>('signups', signup._id, { status: 'claiming', arrival: signup.arrival }, { status: 'waitlisted', seat: null });
  // A seat may have been freed between our look and our waitlisting: whoever writes last promotes.
  await promote(ctx, activity);
  return (await ctx.store.get<SignupDoc>('signups', signup._id)) ?? waitlisted ?? signup;
}

/** Fills free seats from the head of the waitlist, in arrival order. Returns how many moved up. */
export async function promote(ctx: Ctx, activity: ActivityDoc): Promise<number> {
  let moved = 0;
  // Bounded: each round either places someone, skips someone who left, or stops.
  for (let round = 0; round < activity.capacity * 2 + 10; round++) {
    const [head] = await ctx.store.find<SignupDoc>('signups', { where: { activityId: activity._id, status: 'waitlisted' }, orderBy: [['arrival', 'asc']], limit: 1 });
    if (!head) return moved;
    const n = await claimSeat(ctx, activity, head._id);
    if (n === null) return moved;
    const confirmed = await ctx.store.updateIf<SignupDoc>('signups', head._id, { status: 'waitlisted', arrival: head.arrival }, { status: 'confirmed', seat: n });
    if (!confirmed) {
      // Promoted by someone else meanwhile, or gone: give this seat back and look again.
      await releaseSeat(ctx, activity._id, n, head._id);
      continue;
    }
    moved++;
    await ctx.store.insert('events', eventDoc(ctx, 'volunteers.promoted', activity._id, { userId: head.userId, seat: n }));
    await notifyPromoted(ctx, activity, confirmed);
  }
  return moved;
}

/** Gives up a held seat (cancel), then lets the line move up. */
export async function freeSeatOf(ctx: Ctx, activity: ActivityDoc, signup: SignupDoc): Promise<void> {
  if (signup.seat) await releaseSeat(ctx, activity._id, signup.seat, signup._id);
  await promote(ctx, activity);
}

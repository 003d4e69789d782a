// The seat ledger behind every sign-up. A confirmed place exists only as a document
// `seat:<activityId>:<n>` with n in 1..capacity, claimed by insert: the store refuses a second
// document with the same `_id`, so however many people tap at once, there are never more
// confirmed places than seats. No counter document guards capacity.
//
// Taking a seat and marking the sign-up confirmed happen in one transaction (seat insert + sign-up
// write), and so do cancelling and giving the seat back: a function cut off between the two can
// no longer leave a place held by nobody. Both write the sign-up document, so two taps, or a
// promotion and a cancel, conflict under snapshot isolation (docs/CLOUDBASE.md) and one of them
// re-reads and sees the other. CloudBase allows many single-document operations per transaction.
//
// The waitlist is ordered by each sign-up's arrival key. Whoever frees or fails to find a seat
// runs `promote`, which hands free seats to the earliest waiting sign-up, in the same one
// transaction. What a cut can still leave (a `claiming` sign-up nobody placed, a free seat with
// people waiting) is finished by the next tap or by the jobs (`repairSeats`).
import { randomBytes } from 'node:crypto';
import { arrivalKey, freeSeats, seatId, seatsToTry } from '../../../../src/domain/volunteers';
import { StoreError, MAX_PAGE } from '../../../store/port';
import type { Ctx } from '../../context';
import { eventDoc } from '../../events';
import type { ActivityDoc, SeatDoc, SignupDoc } from '../model';
import { notifyPromoted } from '../notices';

let sequence = 0;
const salt = randomBytes(3).toString('hex');

/** The arrival key of a sign-up received now (see src/domain/volunteers.ts). */
export function nextArrival(now: Date): string {
  sequence += 1;
  return arrivalKey(now, sequence, salt);
}

const isDuplicate = (error: unknown) => error instanceof StoreError && error.code === 'duplicate';
const isConflict = (error: unknown) => error instanceof StoreError && error.code === 'unavailable' && /conflict/i.test(error.message);

/** Seat numbers currently held, read page by page in seat order (capacity may exceed one page). */
export async function takenSeats(ctx: Ctx, activityId: string): Promise<number[]> {
  return (await readSeats(ctx, activityId)).map((s) => s.n);
}

async function readSeats(ctx: Ctx, activityId: string): Promise<SeatDoc[]> {
  const out: SeatDoc[] = [];
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await ctx.store.find<SeatDoc>('seats', { where: { activityId }, orderBy: [['n', 'asc']], limit: MAX_PAGE, skip });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}

async function readByStatus(ctx: Ctx, activityId: string, status: SignupDoc['status']): Promise<SignupDoc[]> {
  const out: SignupDoc[] = [];
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await ctx.store.find<SignupDoc>('signups', { where: { activityId, status }, orderBy: [['arrival', 'asc']], limit: MAX_PAGE, skip });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}

type Claimed = { signup: SignupDoc; placed: boolean };

/** Seats one sign-up tries (picked at random among the free ones) before reading which are taken again. */
const SEATS_PER_LOOK = 3;

/**
 * Gives `signup` a free seat, in one transaction with its change of status, provided it still is
 * `from` (same arrival). The stored sign-up and whether this call placed it; null when every seat
 * is held. Seats are picked at random among the free ones (seatsToTry: many taps at once spread over
 * the seats instead of all colliding on the lowest); after a few taken ones, it looks again.
 */
async function claimSeat(ctx: Ctx, activity: ActivityDoc, signup: SignupDoc, from: SignupDoc['status']): Promise<Claimed | null> {
  // Bounded like trying every seat once: each failed try is a seat someone else took meanwhile.
  for (let tries = 0; tries < activity.capacity + SEATS_PER_LOOK; ) {
    const free = freeSeats(activity.capacity, await takenSeats(ctx, activity._id));
    if (free.length === 0) return null;
    for (const n of seatsToTry(free, SEATS_PER_LOOK)) {
      tries++;
      try {
        return await ctx.store.transaction(async (tx): Promise<Claimed> => {
          const now = await tx.get<SignupDoc>('signups', signup._id);
          if (!now || now.status !== from || now.arrival !== signup.arrival) return { signup: now ?? signup, placed: false };
          await tx.insert('seats', { _id: seatId(activity._id, n), activityId: activity._id, n, signupId: signup._id, at: ctx.clock.now().toISOString() });
          const confirmed: SignupDoc = { ...now, status: 'confirmed', seat: n };
          await tx.set('signups', confirmed);
          return { signup: confirmed, placed: true };
        });
      } catch (error) {
        // Taken meanwhile (duplicate), or being taken by another tap right now (a transaction
        // conflict, which CloudBase reports after its retries): try another free seat.
        if (!isDuplicate(error) && !isConflict(error)) throw error;
      }
    }
  }
  return null;
}

/**
 * Places a sign-up that is `claiming`: a seat if one is free and nobody is already waiting,
 * otherwise the waitlist. Returns the sign-up as stored afterwards.
 */
export async function placeSignup(ctx: Ctx, activity: ActivityDoc, signup: SignupDoc): Promise<SignupDoc> {
  // Someone already waiting goes first: a newcomer joins the end of the line.
  const waiting = await ctx.store.find<SignupDoc>('signups', headOfLine(activity));
  if (waiting.length === 0) {
    const claimed = await claimSeat(ctx, activity, signup, 'claiming');
    if (claimed) return claimed.signup;
  }
  const waitlisted = await ctx.store.updateIf<SignupDoc>('signups', signup._id, { status: 'claiming', arrival: signup.arrival }, { status: 'waitlisted', seat: null });
  // A seat may have been freed between our look and our waitlisting: whoever writes last promotes.
  await promote(ctx, activity);
  return (await ctx.store.get<SignupDoc>('signups', signup._id)) ?? waitlisted ?? signup;
}

/**
 * The first one waiting. Ordered by arrival, the order of the index (activityId, status, arrival):
 * left unordered, the store's tie-break on `_id` made SQLite walk every sign-up of the compound on
 * each tap (and CloudBase may sort the whole waitlist), so a crowd of taps cost the square of its size.
 */
const headOfLine = (activity: ActivityDoc) => ({ where: { activityId: activity._id, status: 'waitlisted' }, orderBy: [['arrival', 'asc']] as Array<[string, 'asc']>, limit: 1 });

/**
 * Whether a newcomer goes straight to the end of the line: every seat is held, or someone already
 * waits. The seat count first (from an index): when a crowd taps a full activity it decides alone,
 * and only while seats are free is the head of the line read too.
 */
export async function lineIsFull(ctx: Ctx, activity: ActivityDoc): Promise<boolean> {
  if ((await ctx.store.count('seats', { activityId: activity._id })) >= activity.capacity) return true;
  return (await ctx.store.find<SignupDoc>('signups', headOfLine(activity))).length > 0;
}

/**
 * After a newcomer was written straight into the waitlist: a seat freed between the look and the
 * write goes to the head of the line (whoever writes last promotes; a cut before this is finished
 * by the jobs' repair). Returns the sign-up as stored afterwards.
 */
export async function joinWaitlist(ctx: Ctx, activity: ActivityDoc, signup: SignupDoc): Promise<SignupDoc> {
  await promote(ctx, activity);
  // Read again: this promote, or another instance's, may have moved it up meanwhile.
  return (await ctx.store.get<SignupDoc>('signups', signup._id)) ?? signup;
}

/** Fills free seats from the head of the waitlist, in arrival order. Returns how many moved up. */
export async function promote(ctx: Ctx, activity: ActivityDoc): Promise<number> {
  let moved = 0;
  // Bounded: each round either places someone, skips someone who left, or stops.
  for (let round = 0; round < activity.capacity * 2 + 10; round++) {
    // Every seat held: nothing to hand out (one count instead of reading the head and the seats;
    // when hundreds join the waitlist at once, each of them runs this). A seat freed after this
    // count is handed out by whoever frees it: cancelling runs promote too.
    if ((await ctx.store.count('seats', { activityId: activity._id })) >= activity.capacity) return moved;
    const [head] = await ctx.store.find<SignupDoc>('signups', headOfLine(activity));
    if (!head) return moved;
    const claimed = await claimSeat(ctx, activity, head, 'waitlisted');
    if (!claimed) return moved;
    if (!claimed.placed) continue; // promoted by someone else meanwhile, or gone: look again
    moved++;
    await ctx.store.insert('events', eventDoc(ctx, 'volunteers.promoted', activity._id, { userId: head.userId, seat: claimed.signup.seat }));
    await notifyPromoted(ctx, activity, claimed.signup);
  }
  return moved;
}

/**
 * Cancels a sign-up and gives back its seat in one transaction; null when it changed meanwhile.
 * The caller then lets the line move up (promote).
 */
export async function cancelPlace(ctx: Ctx, signup: SignupDoc, patch: Partial<SignupDoc>): Promise<SignupDoc | null> {
  return ctx.store.transaction(async (tx) => {
    const now = await tx.get<SignupDoc>('signups', signup._id);
    if (!now || now.status !== signup.status || now.arrival !== signup.arrival) return null;
    if (now.seat) {
      const seat = await tx.get<SeatDoc>('seats', seatId(now.activityId, now.seat));
      if (seat?.signupId === now._id) await tx.remove('seats', seat._id);
    }
    const cancelled: SignupDoc = { ...now, ...patch, status: 'cancelled', seat: null };
    await tx.set('signups', cancelled);
    return cancelled;
  });
}

/**
 * The jobs' repair, for what a cut-off call can leave: a seat whose sign-up does not hold it
 * (given back), a `claiming` sign-up older than a minute (placed, as a retry of the tap would),
 * and free seats while people wait (promote). Returns how many things it put right.
 */
export async function repairSeats(ctx: Ctx, activity: ActivityDoc): Promise<number> {
  let fixed = 0;
  // Two reads in the common case: the seats and the confirmed sign-ups, compared in memory.
  const [seats, confirmed] = await Promise.all([readSeats(ctx, activity._id), readByStatus(ctx, activity._id, 'confirmed')]);
  const holds = new Set(confirmed.map((s) => `${s._id}#${s.seat}`));
  for (const seat of seats.filter((x) => !holds.has(`${x.signupId}#${x.n}`))) {
    // Held by nobody: give it back unless its sign-up took it meanwhile (checked in the transaction).
    const removed = await ctx.store.transaction(async (tx) => {
      const again = await tx.get<SignupDoc>('signups', seat.signupId);
      if (again?.status === 'confirmed' && again.seat === seat.n) return false;
      return tx.remove('seats', seat._id);
    });
    if (removed) fixed++;
  }
  const stale = new Date(ctx.clock.now().getTime() - 60_000).toISOString();
  const claiming = await readByStatus(ctx, activity._id, 'claiming');
  for (const signup of claiming.filter((s) => s.at <= stale)) {
    await placeSignup(ctx, activity, signup);
    fixed++;
  }
  return fixed + (await promote(ctx, activity));
}

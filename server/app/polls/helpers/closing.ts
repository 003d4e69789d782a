// Closing a poll in phases, each a store write that a later call can resume from:
//   open → closing (compare-and-set: one closer) → gates shut → every seat sealed → closed
//   (`closedAt` taken now, after sealing) → counted (the result kept on the poll).
// Why this order holds on CloudBase, where transactions are snapshot-isolated and conflict only on
// the documents they write (docs/CLOUDBASE.md; WeChat cloud guide, database → 事务 "快照隔离"), and
// where an instance may still hold the poll as "open" in its cache (quickCast.ts):
// - the fast path inserts a ballot under its seat's `_id`; sealing inserts under the same `_id`,
//   so whichever comes second is refused by the store itself;
// - the general path (changes, proxies, consultations, paper) writes, in its transaction, one of
//   the poll's gate documents; shutting the gates writes them all, so a transaction that read
//   a gate open and commits after it was shut conflicts and, retried, sees it shut;
// - the count reads the ballots only after both, so nothing accepted later can be counted, and
//   `closedAt` is taken after sealing, so nothing accepted before it is left out.
// Sealing writes one document per empty seat (≈ 550 in the demo), so it goes in chunks under the
// call's work budget (budget.ts); the jobs (closeDuePolls) and any later reader (settle) resume a
// poll left `closing`, and count one left `closed` without a result.
import { createHash } from 'node:crypto';
import type { Ctx, Deps } from '../../context';
import { recordEvent } from '../../events';
import { StoreError, type Where } from '../../../store/port';
import { workBudget } from '../../budget';
import { stepsWithRetries } from './steps';
import { ensureResult } from './tally';
import { ballotId, type BallotDoc, type ClosingState, type PollDoc, type PollHolderDoc, type RosterSummary } from '../model';

/** Gate documents per poll: the general path's transactions spread over them. */
export const GATES = 8;
/** Seats looked at per sealing step: two reads and at most this many inserts. */
export const SEAL_CHUNK = 100;

export const gateId = (pollId: string, n: number) => `pollGate:${pollId}:${n}`;
/** The gate a caller's general-path ballot writes: any gate works, spreading avoids conflicts. */
export const gateFor = (pollId: string, who: string) => gateId(pollId, createHash('sha1').update(who).digest()[0] % GATES);

export interface GateDoc {
  _id: string;
  pollId: string;
  shut: boolean;
  [key: string]: unknown;
}

type Closable = PollDoc & { roster: RosterSummary };
const asCtx = (deps: Ctx | Deps) => ({ caller: null, ...deps }) as Ctx;

/** Starts closing an open poll; null when someone else started (or it is not open). */
export async function beginClose(deps: Ctx | Deps, poll: PollDoc, by: string, opId?: string): Promise<PollDoc | null> {
  const seatsTotal = poll.kind === 'consultation' ? 0 : (poll.roster?.holders ?? 0);
  const closing: ClosingState = { by, startedAt: deps.clock.now().toISOString(), gatesShut: false, seatsDone: 0, after: null, seatsTotal, ...(opId ? { opId } : {}) };
  return deps.store.updateIf<PollDoc>('polls', poll._id, { status: 'open' }, { status: 'closing', closing });
}

/**
 * Takes a closing poll as far as the call's budget allows: shuts the gates, seals seats chunk by
 * chunk (saving how far it got after each), then marks it closed and counts it. Safe to run twice
 * at once and to resume after any cut: every step is idempotent. Returns the poll as it now is.
 */
export async function advanceClose(deps: Ctx | Deps, pollId: string, budget = workBudget(deps.store)): Promise<PollDoc> {
  const ctx = asCtx(deps);
  return stepsWithRetries(ctx, pollId, 'closing', async (poll) => {
    const state = poll.closing;
    if (!state || !poll.roster) return { done: poll };
    const expect = { 'closing.seatsDone': state.seatsDone, 'closing.gatesShut': state.gatesShut };
    if (!state.gatesShut) {
      for (let n = 0; n < GATES; n++) await ctx.store.set('pollGates', { _id: gateId(pollId, n), pollId, shut: true });
      return { expect, next: { ...state, gatesShut: true } };
    }
    if (state.seatsDone < state.seatsTotal) {
      if (!budget.allows(SEAL_CHUNK + 3)) return { done: poll };
      return { expect, next: await sealChunk(ctx, poll as Closable, state) };
    }
    return { done: await finishClose(ctx, poll as Closable) };
  });
}

/** Seals the empty seats among the next chunk of frozen holders. */
async function sealChunk(ctx: Ctx, poll: Closable, state: ClosingState): Promise<ClosingState> {
  const where: Where = state.after === null ? { pollId: poll._id } : { pollId: poll._id, _id: { $gt: state.after } };
  const holders = await ctx.store.find<PollHolderDoc>('pollHolders', { where, orderBy: [['_id', 'asc']], limit: SEAL_CHUNK });
  const mine = holders.filter((h) => h.openId === poll.roster.openId);
  const ids = mine.map((h) => ballotId(poll._id, h.holderId));
  const taken = ids.length ? new Set((await ctx.store.find<BallotDoc>('ballots', { where: { _id: { $in: ids } }, limit: SEAL_CHUNK })).map((b) => b._id)) : new Set<string>();
  const at = ctx.clock.now().toISOString();
  const seals = mine.filter((h) => !taken.has(ballotId(poll._id, h.holderId))).map((h) => sealOf(poll._id, h.holderId, at));
  await insertSeals(ctx, seals);
  const last = holders[holders.length - 1];
  const done = holders.length < SEAL_CHUNK;
  return { ...state, seatsDone: done ? state.seatsTotal : state.seatsDone + mine.length, after: last ? last._id : state.after, ...(done ? { sealedAt: at } : {}) };
}

/** The seal on an empty seat: a `sealed` document under the seat's ballot `_id` (seal.ts). */
export const sealOf = (pollId: string, holderId: string, at: string): BallotDoc => ({
  _id: ballotId(pollId, holderId),
  pollId,
  key: holderId,
  holderId,
  units: [],
  areaCenti: 0,
  channel: 'online',
  castBy: 'system',
  castAt: at,
  changes: 0,
  sealed: true,
});

/** Inserts seals all at once, or one by one when a ballot (or another closer) got to a seat first. */
export async function insertSeals(ctx: Ctx, seals: BallotDoc[]): Promise<void> {
  if (!seals.length) return;
  try {
    await ctx.store.insertMany('ballots', seals);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
    for (const seal of seals) {
      try {
        await ctx.store.insert('ballots', seal);
      } catch (e) {
        if (!(e instanceof StoreError && e.code === 'duplicate')) throw e;
      }
    }
  }
}

/** Sealed: the poll is closed now (`closedAt` after sealing), recorded, then counted. */
async function finishClose(ctx: Ctx, poll: Closable): Promise<PollDoc> {
  const closedAt = ctx.clock.now().toISOString();
  const by = poll.closing!.by;
  const closed = await ctx.store.updateIf<PollDoc>('polls', poll._id, { status: 'closing', 'closing.seatsDone': poll.closing!.seatsDone }, { status: 'closed', closedAt, closedBy: by, result: null });
  if (closed) await recordEvent(ctx, 'poll.closed', poll._id, { by, closedAt });
  const now = closed ?? (await ctx.store.get<PollDoc>('polls', poll._id))!;
  if ((now.status === 'closed' || now.status === 'published') && !now.result) {
    return { ...now, result: await ensureResult(ctx, now as Closable) };
  }
  return now;
}

/** Whether a general-path ballot may still be written: its gate, read inside the transaction. */
export function gateShut(gate: GateDoc | null): boolean {
  return !!gate?.shut;
}

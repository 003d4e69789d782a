// Opening a poll in phases, each a store write that a later call can resume from, as closing.ts
// does for the close:
//   draft → opening (compare-and-set: one opener) → roster frozen (the summary kept on the poll)
//   → holders and their owners registered, a chunk of holders at a time → open.
// A 2,200-holder compound writes one holder document and about one registry document per holder,
// ≈ 4,400 writes: far past the api function's timeout at 15 ms a write (CLOUD_LIMITS), so each
// call does chunks under its work budget (budget.ts) and answers `opening` with how far it got;
// the next press (same opId) and the jobs (openingPolls) go on. Ballots are refused until the
// poll is `open` (assertAcceptsBallots), and the poll only gets its `roster` at that last write,
// so the fast path (quickCast) cannot take a registry document of a half-done opening either.
import type { Ctx, Deps } from '../../context';
import type { MembershipDoc, UserDoc } from '../../model';
import { recordEvent } from '../../events';
import { JOBS_BUDGET_OPS, workBudget, type WorkBudget } from '../../budget';
import { announcePoll } from '../notices';
import { ballotId, pollHolderId, type OpeningState, type PollDoc, type PollHolderDoc, type RosterSummary } from '../model';
import { freezeRoster, snapshotUnits, writeReplacing } from './roster';
import { pollVoterId, type PollVoterDoc } from './voterRegistry';
import type { Seat } from './voters';
import { stepsWithRetries } from './steps';
import { timeKey } from '../../../../src/domain/ids';

/** Holders registered per step: their holder documents, their owners' registry documents. */
export const OPEN_CHUNK = 100;
/** A step's worst case: the frozen roster, ~6 reads, a holder and a registry document per holder. */
const STEP_OPS = 2 * OPEN_CHUNK + 20;

const asCtx = (deps: Ctx | Deps) => ({ caller: null, ...deps }) as Ctx;

/** Starts opening a draft; null when someone else started (or it is not a draft). */
export async function beginOpen(ctx: Ctx, poll: PollDoc, by: string, opId?: string): Promise<PollDoc | null> {
  const opening: OpeningState = { by, startedAt: ctx.clock.now().toISOString(), roster: null, holdersDone: 0, holdersTotal: 0, ...(opId ? { opId } : {}) };
  return ctx.store.updateIf<PollDoc>('polls', poll._id, { status: 'draft' }, { status: 'opening', opening });
}

/**
 * Takes an opening poll as far as the call's budget allows. Safe to run twice at once and to
 * resume after any cut: every step writes what it would write again, and progress moves by
 * compare-and-set. Returns the poll as it now is (`open`, `opening` with progress, or back to
 * `draft` when the roster turned out empty).
 */
export async function advanceOpen(deps: Ctx | Deps, pollId: string, budget: WorkBudget = workBudget(deps.store)): Promise<PollDoc> {
  const ctx = asCtx(deps);
  return stepsWithRetries(ctx, pollId, 'opening', async (poll) => {
    const state = poll.opening;
    if (!state) return { done: poll };
    if (!state.roster) {
      // Each freezing writes its chunks under its own id; only the one the poll keeps is read.
      const openId = timeKey(ctx.clock, 8);
      const { summary } = await freezeRoster(ctx, poll._id, openId);
      if (summary.units === 0) {
        const back = await ctx.store.updateIf<PollDoc>('polls', poll._id, { status: 'opening', 'opening.holdersTotal': 0 }, { status: 'draft', opening: null });
        return { done: back ?? (await ctx.store.get<PollDoc>('polls', poll._id))! };
      }
      return { expect: { 'opening.holdersTotal': 0 }, next: { ...state, roster: summary, holdersTotal: summary.holders } };
    }
    if (state.holdersDone < state.holdersTotal) {
      if (!budget.allows(STEP_OPS)) return { done: poll };
      await registerChunk(ctx, poll, state.roster, state.holdersDone);
      return { expect: { 'opening.holdersDone': state.holdersDone }, next: { ...state, holdersDone: Math.min(state.holdersTotal, state.holdersDone + OPEN_CHUNK) } };
    }
    // Opening announces it too (the first pages of the fan-out): leave that room in the call.
    if (!budget.allows(STEP_OPS)) return { done: poll };
    return { done: await finishOpen(ctx, poll, state.roster) };
  });
}

/** Every frozen holder of the roster, in `_id` order (the close seals in the same order). */
async function frozenHolders(ctx: Ctx, poll: PollDoc, roster: RosterSummary): Promise<PollHolderDoc[]> {
  const units = await snapshotUnits(ctx, { ...poll, roster });
  const holders = new Map<string, PollHolderDoc>();
  for (const u of units) {
    let h = holders.get(u.holderId);
    if (!h) holders.set(u.holderId, (h = { _id: pollHolderId(poll._id, u.holderId), pollId: poll._id, openId: roster.openId, holderId: u.holderId, units: [], areaCenti: 0 }));
    h.units.push({ id: u.id, label: u.label, buildingId: u.buildingId, areaCenti: u.areaCenti });
    h.areaCenti += u.areaCenti;
  }
  return [...holders.values()].sort((a, b) => (a._id < b._id ? -1 : 1));
}

/**
 * Writes holders [from, from + OPEN_CHUNK) and registers the verified owners whose first seat is
 * among them (so each owner's document is written by exactly one chunk, with all their seats).
 */
async function registerChunk(ctx: Ctx, poll: PollDoc, roster: RosterSummary, from: number): Promise<void> {
  const all = await frozenHolders(ctx, poll, roster);
  const byHolder = new Map(all.map((h) => [h.holderId, h]));
  const chunk = all.slice(from, from + OPEN_CHUNK);
  await writeReplacing(ctx, 'pollHolders', chunk);
  if (poll.kind === 'consultation') return;
  const members = await findIn<MembershipDoc>(ctx, 'memberships', 'holderId', chunk.map((h) => h.holderId));
  const userIds = [...new Set(members.map((m) => m.userId))];
  const owners = (await findIn<UserDoc>(ctx, 'users', '_id', userIds)).filter((u) => u.roles.includes('owner'));
  // All their memberships, not only this chunk's: an owner of two holders has one document.
  const theirs = await findIn<MembershipDoc>(ctx, 'memberships', 'userId', owners.map((u) => u._id));
  const docs: PollVoterDoc[] = [];
  for (const owner of owners) {
    const seats = new Map<string, Seat>();
    for (const m of theirs.filter((x) => x.userId === owner._id)) {
      const holder = byHolder.get(m.holderId);
      if (!holder || seats.has(holder.holderId) || !holder.units.some((u) => u.id === m.unitId)) continue;
      seats.set(holder.holderId, { ballotId: ballotId(poll._id, holder.holderId), key: holder.holderId, holderId: holder.holderId, units: holder.units, areaCenti: holder.areaCenti });
    }
    // Holder `_id`s share the poll's prefix, so the smallest key is the first seat in `_id` order.
    const first = [...seats.keys()].sort()[0];
    if (first !== undefined && chunk.some((h) => h.holderId === first)) {
      docs.push({ _id: pollVoterId(poll._id, owner._id), pollId: poll._id, openId: roster.openId, userId: owner._id, seats: [...seats.values()] });
    }
  }
  await writeReplacing(ctx, 'pollVoters', docs);
  // A role withdrawn while we were writing: its forgetVoter may have run before our write, so
  // look at the roles again now and drop whoever is no longer an owner (grantRole forgets after
  // its write too: one of the two sees the other).
  for (const u of await findIn<UserDoc>(ctx, 'users', '_id', docs.map((d) => d.userId))) {
    if (!u.roles.includes('owner')) await ctx.store.remove('pollVoters', pollVoterId(poll._id, u._id));
  }
}

/** Documents whose `field` is one of `values`, 100 values a query, each query paged by `_id`. */
async function findIn<T extends { _id: string }>(ctx: Ctx, collection: string, field: string, values: string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += 100) {
    const inValues = { [field]: { $in: values.slice(i, i + 100) } };
    let after: string | null = null;
    for (;;) {
      const page: T[] = await ctx.store.find<T>(collection, { where: after === null ? inValues : { ...inValues, _id: { $gt: after } }, orderBy: [['_id', 'asc']], limit: 100 });
      out.push(...page);
      if (page.length < 100) break;
      after = page[page.length - 1]._id;
    }
  }
  return out;
}

/** Registered: the poll is open now, with its roster, recorded, then announced. */
async function finishOpen(ctx: Ctx, poll: PollDoc, roster: RosterSummary): Promise<PollDoc> {
  const openedAt = ctx.clock.now().toISOString();
  const by = poll.opening!.by;
  const opened = await ctx.store.updateIf<PollDoc>('polls', poll._id, { status: 'opening', 'opening.holdersDone': poll.opening!.holdersDone }, { status: 'open', openedAt, roster });
  if (!opened) return (await ctx.store.get<PollDoc>('polls', poll._id))!;
  await recordEvent(ctx, 'poll.opened', poll._id, { by, units: roster.units, holders: roster.holders, areaCenti: roster.areaCenti, openId: roster.openId });
  await announcePoll(ctx, opened, 'poll.opened');
  return opened;
}

/** The jobs: every opening left part-way goes on, under the jobs function's budget; how many opened. */
export async function finishOpenings(deps: Deps): Promise<number> {
  const budget = workBudget(deps.store, JOBS_BUDGET_OPS);
  const opening = await deps.store.find<PollDoc>('polls', { where: { status: 'opening' }, orderBy: [['createdAt', 'asc']], limit: 100 });
  let opened = 0;
  for (const poll of opening) if ((await advanceOpen(deps, poll._id, budget)).status === 'open') opened++;
  return opened;
}

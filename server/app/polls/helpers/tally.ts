// Counting a closed poll from its frozen roster and its ballots, closing polls (by hand or when
// their time is up) and the recount file. The arithmetic is count.ts's, shared with the recount tool.
import type { ElectionBallot, Law278Item, UnitBallot } from '../../../../src/domain/law278';
import { formatArea } from '../../../../src/domain/area';
import type { Ctx, Deps } from '../../context';
import { workBudget, JOBS_BUDGET_OPS } from '../../budget';
import { advanceClose, beginClose } from './closing';
import { advanceOpen } from './opening';
import { countDecision, countElection } from './count';
import { holderCode, type BallotDoc, type ConsultationResult, type PollDoc, type PollResult, type RosterSummary, type SnapUnit } from '../model';
import { pollBallots, snapshotUnits, toSnapshot } from './roster';
import { sealEmptySeats } from './seal';
import { recountUnits, type RecountFile } from './recountFile';

/** Each holder's ballot as the unit ballots the law counts: one per frozen unit, all alike. */
export function unitBallots(poll: PollDoc, ballots: readonly BallotDoc[]) {
  const names = new Map((poll.candidates ?? []).map((c) => [c.id, c.name]));
  const decision: UnitBallot[] = [];
  const election: ElectionBallot[] = [];
  for (const b of ballots) {
    for (const u of b.units) {
      if (poll.kind === 'decision') decision.push({ unitId: u.id, vote: b.choice! });
      if (poll.kind === 'election') election.push({ unitId: u.id, choices: (b.choices ?? []).map((c) => names.get(c) ?? c) });
    }
  }
  return { decision, election };
}

export function countOf(poll: PollDoc, units: readonly SnapUnit[], ballots: readonly BallotDoc[], now: Date): PollResult {
  const channels = { online: 0, paper: 0, proxy: 0 };
  for (const b of ballots) {
    if (b.channel === 'paper') channels.paper++;
    else if (b.proxy) channels.proxy++;
    else channels.online++;
  }
  const countedAt = now.toISOString();
  if (poll.kind === 'consultation') {
    const counts = new Map<string, number>();
    for (const b of ballots) counts.set(b.option!, (counts.get(b.option!) ?? 0) + 1);
    const result: ConsultationResult = { kind: 'consultation', per: poll.per!, ballots: ballots.length, options: poll.options!.map((o) => ({ ...o, count: counts.get(o.id) ?? 0 })) };
    return { ...result, channels, countedAt };
  }
  const snapshot = toSnapshot(units);
  const expanded = unitBallots(poll, ballots);
  if (poll.kind === 'decision') return { ...countDecision(snapshot, poll.item as Law278Item, expanded.decision), channels, countedAt };
  return { ...countElection(snapshot, poll.seats!, poll.candidates!.map((c) => c.name), expanded.election), channels, countedAt };
}

/** Counts a closed poll and keeps the result on it (once: a second count finds it there). */
export async function ensureResult(ctx: Ctx | Deps, poll: PollDoc & { roster: RosterSummary }): Promise<PollResult> {
  if (poll.result) return poll.result;
  const c = { caller: null, ...ctx } as Ctx;
  // Empty seats are sealed first, so no ballot can land after this count (already done by a
  // phased close; polls closed before phases existed are sealed here).
  if (!poll.closing?.sealedAt) await sealEmptySeats(c, poll, poll.closedAt ?? ctx.clock.now().toISOString());
  const [units, ballots] = await Promise.all([snapshotUnits(c, poll), pollBallots(c, poll._id)]);
  const result = countOf(poll, units, ballots, ctx.clock.now());
  const stored = await ctx.store.updateIf<PollDoc>('polls', poll._id, { status: poll.status, result: null }, { result });
  return stored?.result ?? (await ctx.store.get<PollDoc>('polls', poll._id))!.result ?? result;
}

/**
 * Closes an open poll in phases (closing.ts) as far as this call's budget allows: the poll it
 * returns is `closed` with its result, or still `closing` for the jobs or the next call to finish.
 * Null when it was not open (another closer got there first).
 */
export async function closeNow(ctx: Ctx | Deps, poll: PollDoc, by: string): Promise<PollDoc | null> {
  if (!(await beginClose(ctx, poll, by))) return null;
  return advanceClose(ctx, poll._id);
}

/**
 * Timed work: starts closing every open poll whose closing time has passed, finishes every poll
 * left `closing` (a close cut off part-way), and counts any left `closed` without a result.
 * Idempotent. Returns how many polls it took to `closed` or counted.
 */
export async function closeDuePolls(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const budget = workBudget(deps.store, JOBS_BUDGET_OPS);
  const due = await deps.store.find<PollDoc>('polls', { where: { status: 'open', closesAt: { $lte: now.toISOString() } }, orderBy: [['closesAt', 'asc']], limit: 100 });
  for (const poll of due) await beginClose(deps, poll, 'system');
  const closing = await deps.store.find<PollDoc>('polls', { where: { status: 'closing' }, orderBy: [['createdAt', 'asc']], limit: 100 });
  let closed = 0;
  for (const poll of closing) if ((await advanceClose(deps, poll._id, budget)).status === 'closed') closed++;
  const uncounted = await deps.store.find<PollDoc>('polls', { where: { status: 'closed', result: null }, orderBy: [['createdAt', 'asc']], limit: 100 });
  for (const poll of uncounted.filter((p) => !p.result && p.roster)) {
    await ensureResult(deps, poll as PollDoc & { roster: RosterSummary });
    if (!closing.some((p) => p._id === poll._id)) closed++;
  }
  return closed;
}

/**
 * A poll past its closing time counts as closed for every reader, even before the timed job ran;
 * an opening or a close left part-way is taken further, and a closed poll without a result is counted.
 */
export async function settle(ctx: Ctx, poll: PollDoc): Promise<PollDoc> {
  if (poll.status === 'open' && poll.closesAt && Date.parse(poll.closesAt) <= ctx.clock.now().getTime()) {
    await beginClose(ctx, poll, 'system');
    return advanceClose(ctx, poll._id);
  }
  if (poll.status === 'closing') return advanceClose(ctx, poll._id);
  if (poll.status === 'opening') return advanceOpen(ctx, poll._id);
  if ((poll.status === 'closed' || poll.status === 'published') && !poll.result && poll.roster) {
    return { ...poll, result: await ensureResult(ctx, poll as PollDoc & { roster: RosterSummary }) };
  }
  return poll;
}

/** The recount file of a closed decision or election (docs/recount.md). */
export function recountFileOf(poll: PollDoc, units: readonly SnapUnit[], ballots: readonly BallotDoc[]): RecountFile {
  const expanded = unitBallots(poll, ballots);
  const header = { pollId: poll._id, title: poll.title, openedAt: poll.openedAt, closedAt: poll.closedAt, totalArea: formatArea(poll.roster!.areaCenti) };
  const roster = recountUnits(toSnapshot(units)).map((u) => ({ ...u, holder: holderCode(poll as PollDoc & { roster: RosterSummary }, u.holder) }));
  if (poll.kind === 'decision') {
    return { kind: 'decision', item: poll.item as Law278Item, ...header, units: roster, ballots: expanded.decision.map((b) => ({ unit: b.unitId, choice: b.vote })) };
  }
  return {
    kind: 'election',
    seats: poll.seats!,
    candidates: poll.candidates!.map((c) => c.name),
    ...header,
    units: roster,
    ballots: expanded.election.map((b) => ({ unit: b.unitId, choices: [...b.choices] })),
  };
}

// Writing a ballot (the general path: proxies, consultations, changes, paper, owners verified
// after the poll opened; quickCast.ts is the common one): one transaction that re-reads the poll
// and inserts the ballot under its deterministic `_id`. The ballot document is itself the record
// of who cast it, when and through which channel; an event is added only when a committee member
// records a paper ballot for someone, and when a ballot is changed (keeping the first one).
// A ballot that lands after closing meets the seal closing left on its seat (seal.ts), and a
// change or a consultation answer meets the poll's gate the close shut (closing.ts). No shared
// counter: participation is counted from the ballots.
import type { Caller, Ctx } from '../../context';
import { conflict, notFound, type AppError } from '../../errors';
import { eventDoc } from '../../events';
import { StoreError } from '../../../store/port';
import { changeRefusal, mayChangeBallot } from '../../../../src/domain/ballotChange';
import { assertAcceptsBallots, type BallotDoc, type Channel, type PollDoc } from '../model';
import type { ChoiceInput, Seat } from './voters';
import { gateFor, gateShut, type GateDoc } from './closing';
import { newReceipt } from './receipt';
import { pollFields, pollRefusals } from '../../../../src/copy/polls';

export interface WriteOptions {
  channel: Channel;
  /** Replace this seat's ballot, if the poll allows changes and the seat has changes left. */
  change?: boolean;
  paper?: { serial: string | null };
}

export interface Written {
  ballot: BallotDoc;
  changed: boolean;
}

/**
 * Reads the poll inside the transaction and lets `resolve` find the seat (who votes for what)
 * from it; retried as a whole on a conflict, like any transaction.
 */
export async function writeBallot(
  ctx: Ctx,
  caller: Caller,
  pollId: string,
  resolve: (poll: PollDoc) => Promise<{ seat: Seat; choice: ChoiceInput }>,
  options: WriteOptions,
): Promise<Written> {
  try {
    return await ctx.store.transaction(async (tx) => {
      const now = ctx.clock.now();
      const poll = await tx.get<PollDoc>('polls', pollId);
      if (!poll) throw notFound(pollFields.poll);
      assertAcceptsBallots(poll, now);
      // The close shuts every gate before it counts; writing ours makes a transaction that
      // overlaps the close conflict on CloudBase too (snapshot isolation, closing.ts).
      const gate = gateFor(pollId, caller.userId);
      if (gateShut(await tx.get<GateDoc>('pollGates', gate))) throw conflict(pollRefusals.closed, { status: 'closed' });
      await tx.set('pollGates', { _id: gate, pollId, shut: false });
      const { seat, choice } = await resolve(poll);
      const at = now.toISOString();
      const existing = options.change ? await tx.get<BallotDoc>('ballots', seat.ballotId) : null;
      if (existing) {
        const refused = changeRefusal(poll.allowChange, existing);
        if (refused) throw conflict(refused, votedDetails(poll, existing));
        if (options.channel !== 'online') throw conflict(pollRefusals.unitVotedOnline, votedDetails(poll, existing));
        const changed: BallotDoc = { ...existing, ...choice, castBy: caller.userId, changes: existing.changes + 1, changedAt: at };
        if (seat.proxy) changed.proxy = seat.proxy;
        else delete changed.proxy;
        await tx.set('ballots', changed);
        const first = { ...pick(existing), castAt: existing.castAt, castBy: existing.castBy, ...(existing.proxy ? { proxy: existing.proxy } : {}) };
        await tx.insert('events', eventDoc(ctx, 'ballot.changed', seat.ballotId, { pollId, from: first, to: choice, ...(seat.proxy ? { proxy: seat.proxy } : {}) }));
        return { ballot: changed, changed: true };
      }
      const ballot = newBallot(pollId, seat, choice, { channel: options.channel, castBy: caller.userId, at, paper: options.paper });
      await tx.insert('ballots', ballot);
      if (options.paper) {
        await tx.insert('events', eventDoc(ctx, 'ballot.paper_recorded', seat.ballotId, { pollId, units: seat.units.map((u) => u.id), ...choice, serial: options.paper.serial }));
      }
      return { ballot, changed: false };
    });
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
    // The seat's ballot exists: a double tap, a second device, a retry, or paper and online for one unit.
    const poll = await ctx.store.get<PollDoc>('polls', pollId);
    const { seat } = await resolve(poll!);
    throw secondBallot(poll!, await ctx.store.get<BallotDoc>('ballots', seat.ballotId));
  }
}

/** A ballot for a seat, as it is stored. */
export function newBallot(pollId: string, seat: Seat, choice: ChoiceInput, how: { channel: Channel; castBy: string; at: string; paper?: { serial: string | null } }): BallotDoc {
  return {
    _id: seat.ballotId,
    pollId,
    key: seat.key,
    holderId: seat.holderId,
    units: seat.units,
    areaCenti: seat.areaCenti,
    channel: how.channel,
    castBy: how.castBy,
    ...(seat.proxy ? { proxy: seat.proxy } : {}),
    ...(how.paper ? { paper: { serial: how.paper.serial, recordedBy: how.castBy } } : { receipt: newReceipt() }),
    ...choice,
    castAt: how.at,
    changes: 0,
  };
}

/** Why a second ballot for a seat is refused: the poll closed (the seal), paper, or already voted. */
export function secondBallot(poll: PollDoc, existing: BallotDoc | null): AppError {
  if (existing?.sealed) return conflict(pollRefusals.closed, { status: 'closed' });
  return conflict(existing?.channel === 'paper' ? pollRefusals.unitVotedOnPaper : pollRefusals.unitVoted, existing ? votedDetails(poll, existing) : undefined);
}

const pick = (b: BallotDoc) => (b.choice !== undefined ? { choice: b.choice } : b.choices !== undefined ? { choices: b.choices } : { option: b.option });

/** What a refused second ballot may learn: that, when and how this seat voted, never the choice. */
export function votedDetails(poll: PollDoc, b: BallotDoc) {
  return { status: 'voted', channel: b.channel, castAt: b.castAt, changeable: mayChangeBallot(poll.allowChange, b), units: b.units.map((u) => u.label) };
}

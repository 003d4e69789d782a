// Writing a ballot: one transaction that re-reads the poll (so a ballot never lands after the
// poll closed: closing rewrites the poll document, and the transaction then retries and is
// refused), inserts the ballot under its deterministic `_id` and appends the event. Two writes
// per accepted ballot and no shared counter: participation is counted from the ballots.
import type { Caller, Ctx } from '../context';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import { StoreError } from '../../store/port';
import { assertAcceptsBallots, type BallotDoc, type Channel, type PollDoc } from './model';
import type { ChoiceInput, Seat } from './voters';

export interface WriteOptions {
  channel: Channel;
  /** Replace this seat's ballot, if the poll allows one change and it was not used yet. */
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
      if (!poll) throw notFound('表决');
      assertAcceptsBallots(poll, now);
      const { seat, choice } = await resolve(poll);
      const at = now.toISOString();
      const existing = options.change ? await tx.get<BallotDoc>('ballots', seat.ballotId) : null;
      if (existing) {
        if (existing.channel === 'paper') throw conflict('这一户已交纸质选票,不能再改', votedDetails(poll, existing));
        if (!poll.allowChange) throw conflict('已经投过票了,这项表决不允许改票', votedDetails(poll, existing));
        if (existing.changes >= 1) throw conflict('已经改过一次票了,不能再改', votedDetails(poll, existing));
        if (options.channel !== 'online') throw conflict('这一户已经在线投过票了', votedDetails(poll, existing));
        const changed: BallotDoc = { ...existing, ...choice, castBy: caller.userId, changes: existing.changes + 1, changedAt: at };
        if (seat.proxy) changed.proxy = seat.proxy;
        else delete changed.proxy;
        await tx.set('ballots', changed);
        await tx.insert('events', eventDoc(ctx, 'ballot.changed', seat.ballotId, { pollId, from: pick(existing), to: choice, ...(seat.proxy ? { proxy: seat.proxy } : {}) }));
        return { ballot: changed, changed: true };
      }
      const ballot: BallotDoc = {
        _id: seat.ballotId,
        pollId,
        key: seat.key,
        holderId: seat.holderId,
        units: seat.units,
        areaCenti: seat.areaCenti,
        channel: options.channel,
        castBy: caller.userId,
        ...(seat.proxy ? { proxy: seat.proxy } : {}),
        ...(options.paper ? { paper: { serial: options.paper.serial, recordedBy: caller.userId } } : {}),
        ...choice,
        castAt: at,
        changes: 0,
      };
      await tx.insert('ballots', ballot);
      await tx.insert(
        'events',
        eventDoc(ctx, options.channel === 'paper' ? 'ballot.paper_recorded' : 'ballot.cast', seat.ballotId, {
          pollId,
          units: seat.units.map((u) => u.id),
          ...choice,
          ...(seat.proxy ? { proxy: seat.proxy } : {}),
          ...(options.paper ? { serial: options.paper.serial } : {}),
        }),
      );
      return { ballot, changed: false };
    });
  } catch (error) {
    if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
    // The seat's ballot exists: a double tap, a second device, a retry, or paper and online for one unit.
    const poll = await ctx.store.get<PollDoc>('polls', pollId);
    const { seat } = await resolve(poll!);
    const existing = await ctx.store.get<BallotDoc>('ballots', seat.ballotId);
    throw conflict(existing?.channel === 'paper' ? '这一户已交纸质选票,一户只能投一次' : '这一户已经投过票了,一户只能投一次', existing ? votedDetails(poll!, existing) : undefined);
  }
}

const pick = (b: BallotDoc) => (b.choice !== undefined ? { choice: b.choice } : b.choices !== undefined ? { choices: b.choices } : { option: b.option });

/** What a refused second ballot may learn: that, when and how this seat voted, never the choice. */
export function votedDetails(poll: PollDoc, b: BallotDoc) {
  return { status: 'voted', channel: b.channel, castAt: b.castAt, changeable: poll.allowChange && b.channel === 'online' && b.changes === 0, units: b.units.map((u) => u.label) };
}

// Closing a decision or an election seals every empty seat: a `sealed` document under the seat's
// own ballot `_id`. A ballot still in flight when the poll closed (it read the poll as open, or
// never read it: the fast path) then collides with the seal in the store and is refused, so the
// count made after sealing is final, on SQLite and on CloudBase alike, without any transaction
// spanning the poll and its ballots. Sealing is idempotent and runs before every first count.
import type { Ctx, Deps } from '../context';
import { StoreError } from '../../store/port';
import { ballotId, type BallotDoc, type PollDoc, type PollHolderDoc, type RosterSummary } from './model';
import { readAll } from './roster';

export async function sealEmptySeats(deps: Ctx | Deps, poll: PollDoc & { roster: RosterSummary }, at: string): Promise<number> {
  if (poll.kind === 'consultation') return 0;
  const ctx = { caller: null, ...deps } as Ctx;
  const [holders, taken] = await Promise.all([
    readAll<PollHolderDoc>(ctx, 'pollHolders', { pollId: poll._id }),
    readAll<BallotDoc>(ctx, 'ballots', { pollId: poll._id }).then((all) => new Set(all.map((b) => b._id))),
  ]);
  const seals: BallotDoc[] = holders
    .filter((h) => h.openId === poll.roster.openId && !taken.has(ballotId(poll._id, h.holderId)))
    .map((h) => ({ _id: ballotId(poll._id, h.holderId), pollId: poll._id, key: h.holderId, holderId: h.holderId, units: [], areaCenti: 0, channel: 'online', castBy: 'system', castAt: at, changes: 0, sealed: true }));
  let sealed = 0;
  for (let i = 0; i < seals.length; i += 500) {
    const batch = seals.slice(i, i + 500);
    try {
      await ctx.store.insertMany('ballots', batch);
      sealed += batch.length;
    } catch (error) {
      if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      // A ballot landed on one of these seats after we looked (it counts), or another count is
      // sealing too: seal the rest one by one.
      for (const seal of batch) {
        try {
          await ctx.store.insert('ballots', seal);
          sealed++;
        } catch (e) {
          if (!(e instanceof StoreError && e.code === 'duplicate')) throw e;
        }
      }
    }
  }
  return sealed;
}

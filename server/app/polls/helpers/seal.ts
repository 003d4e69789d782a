// Closing a decision or an election seals every empty seat: a `sealed` document under the seat's
// own ballot `_id` (closing.ts does it in chunks; this is the whole-poll version, for polls
// closed before closing went in phases). A ballot still in flight when the poll closed (it read the poll as open, or
// never read it: the fast path) then collides with the seal in the store and is refused, so the
// count made after sealing is final, on SQLite and on CloudBase alike, without any transaction
// spanning the poll and its ballots. Sealing is idempotent and runs before every first count.
import type { Ctx, Deps } from '../../context';
import { insertSeals, sealOf } from './closing';
import { ballotId, type BallotDoc, type PollDoc, type PollHolderDoc, type RosterSummary } from '../model';
import { readAll } from './roster';

export async function sealEmptySeats(deps: Ctx | Deps, poll: PollDoc & { roster: RosterSummary }, at: string): Promise<number> {
  if (poll.kind === 'consultation') return 0;
  const ctx = { caller: null, ...deps } as Ctx;
  const [holders, taken] = await Promise.all([
    readAll<PollHolderDoc>(ctx, 'pollHolders', { pollId: poll._id }),
    readAll<BallotDoc>(ctx, 'ballots', { pollId: poll._id }).then((all) => new Set(all.map((b) => b._id))),
  ]);
  const seals = holders.filter((h) => h.openId === poll.roster.openId && !taken.has(ballotId(poll._id, h.holderId))).map((h) => sealOf(poll._id, h.holderId, at));
  // A ballot landing on one of these seats after we looked (it counts), or another closer sealing
  // too, makes insertSeals go one by one.
  for (let i = 0; i < seals.length; i += 500) await insertSeals(ctx, seals.slice(i, i + 500));
  return seals.length;
}

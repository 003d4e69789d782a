// Which paper ballots of an agreeing round are set aside (作废), decided while the round is under
// review, so counters and scrutineers see and sign them before the count closes: a ballot read as
// spoilt, an owner's ballots for several flats read differently (a holder's flats vote alike), and
// an owner who had already voted online (one ballot per holder). The close applies exactly this.
import type { Ctx } from '../../context';
import { ballotId, isBallot, type BallotDoc, type PollDoc, type RosterSummary } from '../model';
import { snapshotUnits } from './roster';
import { pollServerText } from '../../../../src/copy/polls';

export interface Void {
  serial: string;
  reason: string;
}

export const SPLIT = pollServerText.splitOwnerVotes;
export const VOTED_ONLINE = pollServerText.votedOnline;

/** The ballots each holder returned, and those set aside, from what both counters read. */
export async function voidsOf(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }, readings: ReadonlyMap<string, unknown>) {
  const units = await snapshotUnits(ctx, poll);
  const byHolder = new Map<string, Array<{ serial: string; reading: Record<string, unknown> }>>();
  const voids: Void[] = [];
  for (const [serial, reading] of readings) {
    const r = reading as Record<string, unknown> | null;
    if (!r || 'invalid' in r) {
      voids.push({ serial, reason: String(r?.invalid ?? pollServerText.blank) });
      continue;
    }
    const unit = units[Number(serial.slice(1)) - 1];
    const list = byHolder.get(unit.holderId) ?? [];
    list.push({ serial, reading: r });
    byHolder.set(unit.holderId, list);
  }
  for (const [holderId, papers] of byHolder) {
    if (new Set(papers.map((p) => JSON.stringify(p.reading))).size > 1) {
      for (const p of papers) voids.push({ serial: p.serial, reason: SPLIT });
      byHolder.delete(holderId);
    }
  }
  // Owners who already have an online ballot (a seal is not a ballot: the poll is still open here).
  const ids = [...byHolder.keys()].map((h) => ballotId(poll._id, h));
  for (let i = 0; i < ids.length; i += 100) {
    const found = await ctx.store.find<BallotDoc>('ballots', { where: { _id: { $in: ids.slice(i, i + 100) } }, limit: 100 });
    for (const b of found) {
      if (!isBallot(b) || b.channel === 'paper') continue;
      for (const p of byHolder.get(b.holderId!) ?? []) voids.push({ serial: p.serial, reason: VOTED_ONLINE });
      byHolder.delete(b.holderId!);
    }
  }
  voids.sort((a, b) => (a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0));
  return { voids, papers: byHolder };
}

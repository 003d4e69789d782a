// The rows of a closed poll's ballot table (逐户投票表): one per unit of the frozen roster, in
// roster order, with how and what it voted, never a name or phone (a holder is a salted code).
// Times are China time. Read a range of units at a time: one roster chunk and a page of ballots
// per 100 units, so any range stays a bounded number of store calls.
import { formatArea } from '../../../../src/domain/area';
import { chinaDateTime } from '../../../../src/domain/chinaTime';
import type { Ctx } from '../../context';
import { ballotId, holderCode, isBallot, type BallotDoc, type PollDoc, type RosterSummary } from '../model';
import { pollBallots, snapshotRange } from './roster';
import { VOTE_WORDS, pollServerText } from '../../../../src/copy/polls';
import { commonServerText } from '../../../../src/copy/common';

export const BALLOT_HEADER = pollServerText.ballotHeader;

function choiceText(poll: PollDoc, b: BallotDoc | undefined): string {
  if (!b) return pollServerText.notVoted;
  if (poll.kind === 'decision') return VOTE_WORDS[b.choice!];
  if (poll.kind === 'election') {
    const names = new Map(poll.candidates!.map((c) => [c.id, c.name]));
    return b.choices!.length ? b.choices!.map((c) => names.get(c) ?? c).join(commonServerText.listSeparator) : pollServerText.blankBallot;
  }
  return poll.options!.find((o) => o.id === b.option)?.label ?? b.option!;
}

/** Whether the table has one row per unit (everything but a one-answer-per-resident consultation). */
export const perUnit = (poll: PollDoc) => !(poll.kind === 'consultation' && poll.per === 'resident');

/** Rows for units [from, to) of the frozen roster; a per-resident consultation has one row per answer instead. */
export async function ballotRows(ctx: Ctx, poll: PollDoc & { roster: RosterSummary }, from: number, to: number): Promise<string[][]> {
  if (!perUnit(poll)) {
    return (await pollBallots(ctx, poll._id)).map((b) => ['', '', '', '', pollServerText.online, '', choiceText(poll, b), chinaDateTime(b.castAt), b.changes ? pollServerText.yes : '']);
  }
  const units = await snapshotRange(ctx, poll, from, to);
  const keyOf = (u: (typeof units)[number]) => (poll.kind === 'consultation' ? u.id : u.holderId);
  const ids = [...new Set(units.map((u) => ballotId(poll._id, keyOf(u))))];
  const ballots = new Map<string, BallotDoc>();
  const pages = [];
  for (let i = 0; i < ids.length; i += 100) pages.push(ctx.store.find<BallotDoc>('ballots', { where: { _id: { $in: ids.slice(i, i + 100) } }, limit: 100 }));
  for (const page of await Promise.all(pages)) for (const b of page) if (isBallot(b)) ballots.set(b._id, b);
  const names = new Map(poll.roster.buildings.map((b) => [b.id, b.name]));
  return units.map((u) => {
    const b = ballots.get(ballotId(poll._id, keyOf(u)));
    return [
      names.get(u.buildingId) ?? u.buildingId,
      u.label,
      formatArea(u.areaCenti),
      poll.kind === 'consultation' ? '' : holderCode(poll, u.holderId),
      b ? (b.channel === 'paper' ? pollServerText.paper : pollServerText.online) : '',
      b?.proxy ? pollServerText.yes : '',
      choiceText(poll, b),
      chinaDateTime(b?.castAt),
      b?.changes ? pollServerText.yes : '',
    ];
  });
}

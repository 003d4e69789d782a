// The count of a closed decision or election, as the app publishes it and as the recount tool
// reproduces it from an export: one function for both, so "the tool agrees with the app" means
// the same arithmetic on the same ballots, not two implementations that happen to match. The law
// itself (quorum, thresholds, ranking, ties) lives in src/domain/law278; this adds the totals and
// the per-choice breakdown a public notice shows. Pure: no store, no Node APIs.
import { formatArea } from '../../../../src/domain/area';
import {
  approvalThreshold,
  LAW278_ITEM_LABELS,
  tallyElection,
  tallyLaw278,
  validateBallots,
  validateElectionBallots,
  type BallotError,
  type ElectionBallot,
  type ElectionTally,
  type Law278Item,
  type Law278Tally,
  type RosterSnapshot,
  type UnitBallot,
  type Vote,
} from '../../../../src/domain/law278';

export interface Totals {
  units: number;
  holders: number;
  /** Total exclusive area, "12345.67" (m²). */
  area: string;
  /** Unit ballots counted (a holder of three units who voted is three). */
  unitBallots: number;
  participatingHolders: number;
  participatingArea: string;
}

export interface Share {
  heads: number;
  area: string;
}

export interface DecisionCount {
  kind: 'decision';
  item: Law278Item;
  itemLabel: string;
  threshold: '>1/2' | '>=3/4';
  result: Law278Tally['result'];
  totals: Totals;
  /** By holder: each head once with all of their area. */
  votes: Record<Vote, Share>;
  tally: Law278Tally;
}

export interface ElectionCount {
  kind: 'election';
  seats: number;
  /** `counted` once the quorum is met; `outcome` then says whether the seats were filled. */
  result: 'counted' | 'no_quorum';
  outcome: ElectionTally['result'];
  elected: string[];
  /** Candidates tied for the last seat(s): the published tie rule decides, never this count. */
  tie: string[] | null;
  tieSeats: number;
  vacancies: number;
  totals: Totals;
  tally: ElectionTally;
}

export type Count = DecisionCount | ElectionCount;

export function countDecision(snapshot: RosterSnapshot, item: Law278Item, ballots: readonly UnitBallot[]): DecisionCount {
  const tally = tallyLaw278(snapshot, item, ballots);
  const byHolder = holderVotes(snapshot, ballots, (b) => b.vote);
  const votes: Record<Vote, Share> = { yes: { heads: 0, area: '0.00' }, no: { heads: 0, area: '0.00' }, abstain: { heads: 0, area: '0.00' } };
  const area: Record<Vote, number> = { yes: 0, no: 0, abstain: 0 };
  for (const { choice, areaCenti } of byHolder.values()) {
    votes[choice].heads++;
    area[choice] += areaCenti;
  }
  for (const v of ['yes', 'no', 'abstain'] as const) votes[v].area = formatArea(area[v]);
  return {
    kind: 'decision',
    item,
    itemLabel: LAW278_ITEM_LABELS[item],
    threshold: approvalThreshold(item),
    result: tally.result,
    totals: totalsOf(snapshot, ballots.length, byHolder),
    votes,
    tally,
  };
}

export function countElection(snapshot: RosterSnapshot, seats: number, candidates: readonly string[], ballots: readonly ElectionBallot[]): ElectionCount {
  const tally = tallyElection(snapshot, { seats, candidates }, ballots);
  const byHolder = holderVotes(snapshot, ballots, (b) => b.choices);
  return {
    kind: 'election',
    seats,
    result: tally.quorum.met ? 'counted' : 'no_quorum',
    outcome: tally.result,
    elected: tally.elected,
    tie: tally.tie,
    tieSeats: tally.tieSeats,
    vacancies: tally.vacancies,
    totals: totalsOf(snapshot, ballots.length, byHolder),
    tally,
  };
}

export { validateBallots, validateElectionBallots, type BallotError };

function holderVotes<B extends { unitId: string }, C>(snapshot: RosterSnapshot, ballots: readonly B[], choiceOf: (b: B) => C) {
  const unitHolder = new Map(snapshot.units.map((u) => [u.id, u.holderKey]));
  const holderArea = new Map<string, number>();
  for (const u of snapshot.units) holderArea.set(u.holderKey, (holderArea.get(u.holderKey) ?? 0) + u.areaCenti);
  // The tally already refused unknown units and split holders, so the first ballot speaks for the holder.
  const byHolder = new Map<string, { choice: C; areaCenti: number }>();
  for (const b of ballots) {
    const holder = unitHolder.get(b.unitId)!;
    if (!byHolder.has(holder)) byHolder.set(holder, { choice: choiceOf(b), areaCenti: holderArea.get(holder)! });
  }
  return Object.assign(byHolder, { holderArea });
}

function totalsOf(snapshot: RosterSnapshot, unitBallots: number, byHolder: Map<string, { areaCenti: number }> & { holderArea: Map<string, number> }): Totals {
  let area = 0;
  for (const u of snapshot.units) area += u.areaCenti;
  let participating = 0;
  for (const { areaCenti } of byHolder.values()) participating += areaCenti;
  return {
    units: snapshot.units.length,
    holders: byHolder.holderArea.size,
    area: formatArea(area),
    unitBallots,
    participatingHolders: byHolder.size,
    participatingArea: formatArea(participating),
  };
}

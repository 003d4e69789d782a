// Owners' joint decisions under Civil Code art. 278, counted exactly.
//
// Two majorities are needed at each step, by exclusive area and by headcount (SPC interpretation on
// building ownership, arts. 8-9): one holder is one head however many units they hold, and the
// developer's unsold units are one head together; the snapshot expresses both by giving such units
// one holderKey, so this module never needs to know who the developer is.
//
// Arithmetic: areas are integer hundredths of m², and each threshold test a/b ≥ p/q is done as
// a·q ≥ p·b, never by dividing. The products are BigInt. With today's bounds (100k units of up to
// 10^8 centi-m², sums up to 10^13, thresholds with denominators ≤ 4) doubles would still be exact,
// but only just: any product of two sums (ranking by a ratio, a larger compound, a finer unit) passes
// 2^53 and would round silently. BigInt makes exactness independent of those bounds for the price
// of a few hundred thousand additions. BigInt values are made with BigInt(n), not the `0n` literal
// syntax, so that an engine without BigInt fails only when a tally runs, not when the bundle loads.

export type Law278Item = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export const LAW278_ITEM_LABELS: Record<Law278Item, string> = {
  1: '制定和修改业主大会议事规则',
  2: '制定和修改管理规约',
  3: '选举业主委员会或者更换业主委员会成员',
  4: '选聘和解聘物业服务企业或者其他管理人',
  5: '使用建筑物及其附属设施的维修资金',
  6: '筹集建筑物及其附属设施的维修资金',
  7: '改建、重建建筑物及其附属设施',
  8: '改变共有部分的用途或者利用共有部分从事经营活动',
  9: '有关共有和共同管理权利的其他重大事项',
};

export interface SnapshotUnit {
  readonly id: string;
  readonly areaCenti: number;
  readonly holderKey: string;
}

/** The roster as frozen when the vote opened; later roster edits must not move the denominators. */
export interface RosterSnapshot {
  readonly units: readonly SnapshotUnit[];
}

export type Vote = 'yes' | 'no' | 'abstain';

export interface UnitBallot {
  readonly unitId: string;
  readonly vote: Vote;
}

/** Candidate ids chosen; an empty list is a blank ballot: the holder takes part and supports nobody. */
export interface ElectionBallot {
  readonly unitId: string;
  readonly choices: readonly string[];
}

export interface ElectionSpec {
  /** Odd, 5 to 11 (national guiding rules for owners' committees). */
  readonly seats: number;
  readonly candidates: readonly string[];
}

/** Integers as decimal strings: exact, JSON-safe, and shown as the working in the public notice. */
export interface Fraction {
  num: string;
  den: string;
}

export interface QuorumTally {
  /** Participating area / total area, in hundredths of m². */
  area: Fraction;
  /** Participating holders / all holders. */
  heads: Fraction;
  threshold: '>=2/3';
  areaMet: boolean;
  headsMet: boolean;
  met: boolean;
}

export type ApprovalThreshold = '>1/2' | '>=3/4';

export interface ApprovalTally {
  /** Approving area / participating area (abstentions are participants). */
  area: Fraction;
  heads: Fraction;
  threshold: ApprovalThreshold;
  areaMet: boolean;
  headsMet: boolean;
  met: boolean;
}

export interface Law278Tally {
  item: Law278Item;
  quorum: QuorumTally;
  approval: ApprovalTally;
  result: 'passed' | 'failed' | 'no_quorum';
}

export interface CandidateTally {
  id: string;
  /** Supporting area / participating area. */
  area: Fraction;
  heads: Fraction;
  /** Both majorities reached (> 1/2 of participating area and heads). */
  qualified: boolean;
  /** 1-based among the qualified, by heads then area; equal counts share a rank. null if not qualified. */
  rank: number | null;
}

export interface ElectionTally {
  seats: number;
  quorum: QuorumTally;
  /** Qualified candidates in rank order, then the others by the same order. */
  candidates: CandidateTally[];
  elected: string[];
  /** Qualified candidates tied for the last seat(s): the published tie rule (e.g. a drawn lot) decides, not this code. */
  tie: string[] | null;
  /** Seats left for the tied candidates to share. 0 when there is no tie. */
  tieSeats: number;
  /** Seats no candidate qualified for: a further round is needed. */
  vacancies: number;
  result: 'no_quorum' | 'filled' | 'vacancies' | 'tie';
}

export type BallotErrorCode =
  | 'unknown_unit'
  | 'duplicate_unit'
  | 'holder_split'
  | 'invalid_vote'
  | 'unknown_candidate'
  | 'too_many_choices'
  | 'duplicate_choice';

export interface BallotError {
  /** 0-based position in the ballots array; messages say 第(index+1)张. */
  index: number;
  unitId: string;
  code: BallotErrorCode;
  message: string;
}

export class InvalidBallotsError extends Error {
  constructor(readonly errors: readonly BallotError[]) {
    super(`选票有误,无法计票: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'InvalidBallotsError';
  }
}

const VOTES: readonly Vote[] = ['yes', 'no', 'abstain'];

export function isLaw278Item(value: unknown): value is Law278Item {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9;
}

/** Items (6)-(8) need three quarters; everything else, elections included, more than half. */
export function approvalThreshold(item: Law278Item): ApprovalThreshold {
  assertItem(item);
  return item >= 6 && item <= 8 ? '>=3/4' : '>1/2';
}

export function validateBallots(snapshot: RosterSnapshot, ballots: readonly UnitBallot[]): BallotError[] {
  const units = indexSnapshot(snapshot);
  const errors: BallotError[] = [];
  ballots.forEach((b, index) => {
    if (!VOTES.includes(b.vote)) {
      errors.push({ index, unitId: b.unitId, code: 'invalid_vote', message: `第${index + 1}张选票: 无效的表决意见 "${String(b.vote)}"` });
    }
  });
  errors.push(...checkUnits(units, ballots, (b) => b.vote, '表决意见'));
  return sortErrors(errors);
}

export function validateElectionBallots(
  snapshot: RosterSnapshot,
  election: ElectionSpec,
  ballots: readonly ElectionBallot[],
): BallotError[] {
  const units = indexSnapshot(snapshot);
  assertElection(election);
  const candidates = new Set(election.candidates);
  const errors: BallotError[] = [];
  ballots.forEach((b, index) => {
    const n = index + 1;
    if (b.choices.length > election.seats) {
      errors.push({
        index,
        unitId: b.unitId,
        code: 'too_many_choices',
        message: `第${n}张选票: 选了${b.choices.length}人,超过应选名额${election.seats}人`,
      });
    }
    const seen = new Set<string>();
    for (const c of b.choices) {
      if (!candidates.has(c)) {
        errors.push({ index, unitId: b.unitId, code: 'unknown_candidate', message: `第${n}张选票: 未知的候选人 "${c}"` });
      } else if (seen.has(c)) {
        errors.push({ index, unitId: b.unitId, code: 'duplicate_choice', message: `第${n}张选票: 重复选择候选人 "${c}"` });
      }
      seen.add(c);
    }
  });
  // Choices are a set: the same people in another order is the same vote.
  errors.push(...checkUnits(units, ballots, (b) => JSON.stringify([...new Set(b.choices)].sort()), '选择'));
  return sortErrors(errors);
}

export function tallyLaw278(snapshot: RosterSnapshot, item: Law278Item, ballots: readonly UnitBallot[]): Law278Tally {
  const threshold = approvalThreshold(item);
  const errors = validateBallots(snapshot, ballots);
  if (errors.length > 0) throw new InvalidBallotsError(errors);

  const holders = holdersOf(snapshot);
  const votes = holderChoices(snapshot, ballots, (b) => b.vote);
  const quorum = quorumOf(holders, votes);

  let yesArea = big(0);
  let yesHeads = 0;
  for (const [holderKey, vote] of votes) {
    if (vote !== 'yes') continue;
    yesArea += holders.get(holderKey)!;
    yesHeads++;
  }
  const partArea = BigInt(quorum.area.num);
  const partHeads = big(votes.size);
  const [p, q] = threshold === '>=3/4' ? [3, 4] : [1, 2];
  const cmp = threshold === '>=3/4' ? atLeast : moreThan;
  const areaMet = cmp(yesArea, partArea, p, q);
  const headsMet = cmp(big(yesHeads), partHeads, p, q);
  const approval: ApprovalTally = {
    area: fraction(yesArea, partArea),
    heads: fraction(big(yesHeads), partHeads),
    threshold,
    areaMet,
    headsMet,
    met: areaMet && headsMet,
  };
  return { item, quorum, approval, result: !quorum.met ? 'no_quorum' : approval.met ? 'passed' : 'failed' };
}

/** Electing the owners' committee (item 3): the quorum, then each candidate needs > 1/2 of participating area and heads. */
export function tallyElection(
  snapshot: RosterSnapshot,
  election: ElectionSpec,
  ballots: readonly ElectionBallot[],
): ElectionTally {
  const errors = validateElectionBallots(snapshot, election, ballots);
  if (errors.length > 0) throw new InvalidBallotsError(errors);

  const holders = holdersOf(snapshot);
  const choices = holderChoices(snapshot, ballots, (b) => b.choices);
  const quorum = quorumOf(holders, choices);
  const partArea = BigInt(quorum.area.num);
  const partHeads = big(choices.size);

  const support = new Map(election.candidates.map((c) => [c, { area: big(0), heads: big(0) }]));
  for (const [holderKey, chosen] of choices) {
    for (const c of chosen) {
      const s = support.get(c)!;
      s.area += holders.get(holderKey)!;
      s.heads += big(1);
    }
  }

  const ranked = election.candidates
    .map((id, order) => {
      const s = support.get(id)!;
      const qualified = moreThan(s.area, partArea, 1, 2) && moreThan(s.heads, partHeads, 1, 2);
      return { id, order, ...s, qualified };
    })
    .sort((a, b) => Number(b.qualified) - Number(a.qualified) || compareSupport(a, b) || a.order - b.order);

  const qualified = ranked.filter((r) => r.qualified);
  const candidates: CandidateTally[] = ranked.map((r) => ({
    id: r.id,
    area: fraction(r.area, partArea),
    heads: fraction(r.heads, partHeads),
    qualified: r.qualified,
    rank: r.qualified ? 1 + qualified.filter((o) => compareSupport(o, r) < 0).length : null,
  }));

  const seats = election.seats;
  if (!quorum.met) {
    return { seats, quorum, candidates, elected: [], tie: null, tieSeats: 0, vacancies: seats, result: 'no_quorum' };
  }
  if (qualified.length <= seats) {
    const vacancies = seats - qualified.length;
    return {
      seats,
      quorum,
      candidates,
      elected: qualified.map((r) => r.id),
      tie: null,
      tieSeats: 0,
      vacancies,
      result: vacancies > 0 ? 'vacancies' : 'filled',
    };
  }
  const last = qualified[seats - 1];
  if (compareSupport(qualified[seats], last) !== 0) {
    return { seats, quorum, candidates, elected: qualified.slice(0, seats).map((r) => r.id), tie: null, tieSeats: 0, vacancies: 0, result: 'filled' };
  }
  const above = qualified.filter((r) => compareSupport(r, last) < 0).map((r) => r.id);
  const tied = qualified.filter((r) => compareSupport(r, last) === 0).map((r) => r.id);
  return { seats, quorum, candidates, elected: above, tie: tied, tieSeats: seats - above.length, vacancies: 0, result: 'tie' };
}

// ---- internals ----

function big(n: number): bigint {
  return BigInt(n);
}

function fraction(num: bigint, den: bigint): Fraction {
  return { num: num.toString(), den: den.toString() };
}

/** num/den ≥ p/q. An empty denominator never meets a threshold (0/0 is not three quarters). */
function atLeast(num: bigint, den: bigint, p: number, q: number): boolean {
  return den > big(0) && num * big(q) >= big(p) * den;
}

/** num/den > p/q. */
function moreThan(num: bigint, den: bigint, p: number, q: number): boolean {
  return den > big(0) && num * big(q) > big(p) * den;
}

/** Negative when a ranks above b: more supporting heads, then more supporting area. */
function compareSupport(a: { heads: bigint; area: bigint }, b: { heads: bigint; area: bigint }): number {
  if (a.heads !== b.heads) return a.heads > b.heads ? -1 : 1;
  if (a.area !== b.area) return a.area > b.area ? -1 : 1;
  return 0;
}

function assertItem(item: number): void {
  if (!isLaw278Item(item)) throw new RangeError(`表决事项必须是民法典第二百七十八条的第1至9项: ${item}`);
}

function assertElection(election: ElectionSpec): void {
  const { seats, candidates } = election;
  if (!Number.isInteger(seats) || seats < 5 || seats > 11 || seats % 2 === 0) {
    throw new RangeError(`业委会委员名额应为5至11之间的单数: ${seats}`);
  }
  if (candidates.some((c) => typeof c !== 'string' || c === '') || new Set(candidates).size !== candidates.length) {
    throw new RangeError('候选人编号不能为空或重复');
  }
}

/** The snapshot was validated when frozen; a bad one here is a programming error, so it throws. */
function indexSnapshot(snapshot: RosterSnapshot): Map<string, SnapshotUnit> {
  const units = new Map<string, SnapshotUnit>();
  if (snapshot.units.length === 0) throw new RangeError('名册快照中没有房屋');
  for (const u of snapshot.units) {
    if (units.has(u.id)) throw new RangeError(`名册快照中房屋重复: ${u.id}`);
    if (!Number.isSafeInteger(u.areaCenti) || u.areaCenti <= 0) throw new RangeError(`房屋 ${u.id} 的面积无效: ${u.areaCenti}`);
    if (!u.holderKey) throw new RangeError(`房屋 ${u.id} 缺少业主`);
    units.set(u.id, u);
  }
  return units;
}

/** Each holder's total exclusive area: a head's weight is all of their units, however many ballots came back. */
function holdersOf(snapshot: RosterSnapshot): Map<string, bigint> {
  const holders = new Map<string, bigint>();
  for (const u of snapshot.units) holders.set(u.holderKey, (holders.get(u.holderKey) ?? big(0)) + big(u.areaCenti));
  return holders;
}

/**
 * The choice of each holder who took part. A holder's units vote together: one returned ballot
 * (online, or one paper ballot of several) carries all of that holder's area, the same way the
 * developer votes its unsold units as a block. Ballots are validated first, so they agree.
 */
function holderChoices<B extends { unitId: string }, C>(
  snapshot: RosterSnapshot,
  ballots: readonly B[],
  choiceOf: (b: B) => C,
): Map<string, C> {
  const holderOfUnit = new Map(snapshot.units.map((u) => [u.id, u.holderKey]));
  const choices = new Map<string, C>();
  for (const b of ballots) {
    const holderKey = holderOfUnit.get(b.unitId)!;
    if (!choices.has(holderKey)) choices.set(holderKey, choiceOf(b));
  }
  return choices;
}

function quorumOf(holders: Map<string, bigint>, participants: Map<string, unknown>): QuorumTally {
  let totalArea = big(0);
  for (const area of holders.values()) totalArea += area;
  let partArea = big(0);
  for (const holderKey of participants.keys()) partArea += holders.get(holderKey)!;
  const totalHeads = big(holders.size);
  const partHeads = big(participants.size);
  // "以上" includes the bound (art. 1259): exactly two thirds is enough.
  const areaMet = atLeast(partArea, totalArea, 2, 3);
  const headsMet = atLeast(partHeads, totalHeads, 2, 3);
  return {
    area: fraction(partArea, totalArea),
    heads: fraction(partHeads, totalHeads),
    threshold: '>=2/3',
    areaMet,
    headsMet,
    met: areaMet && headsMet,
  };
}

/** Unit-level checks shared by both ballot kinds: the unit exists, votes once, and agrees with its holder's other units. */
function checkUnits<B extends { unitId: string }>(
  units: Map<string, SnapshotUnit>,
  ballots: readonly B[],
  keyOf: (b: B) => string,
  what: string,
): BallotError[] {
  const errors: BallotError[] = [];
  const firstForUnit = new Map<string, number>();
  const firstForHolder = new Map<string, number>();
  ballots.forEach((b, index) => {
    const n = index + 1;
    const unit = units.get(b.unitId);
    if (!unit) {
      errors.push({ index, unitId: b.unitId, code: 'unknown_unit', message: `第${n}张选票: 名册中没有房屋 "${b.unitId}"` });
      return;
    }
    const firstUnit = firstForUnit.get(b.unitId);
    if (firstUnit !== undefined) {
      errors.push({
        index,
        unitId: b.unitId,
        code: 'duplicate_unit',
        message: `第${n}张选票: 该房屋已在第${firstUnit + 1}张选票投过票,一户只能投一次`,
      });
      return;
    }
    firstForUnit.set(b.unitId, index);
    const firstHolder = firstForHolder.get(unit.holderKey);
    if (firstHolder === undefined) firstForHolder.set(unit.holderKey, index);
    else if (keyOf(ballots[firstHolder]) !== keyOf(b)) {
      errors.push({
        index,
        unitId: b.unitId,
        code: 'holder_split',
        message: `第${n}张选票: 同一业主的多套房屋应一致表决,与第${firstHolder + 1}张选票的${what}不同`,
      });
    }
  });
  return errors;
}

function sortErrors(errors: BallotError[]): BallotError[] {
  return errors.sort((a, b) => a.index - b.index);
}

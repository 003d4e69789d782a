import {
  approvalThreshold,
  InvalidBallotsError,
  isLaw278Item,
  LAW278_ITEM_LABELS,
  tallyElection,
  tallyLaw278,
  validateBallots,
  validateElectionBallots,
  type ElectionBallot,
  type ElectionSpec,
  type Law278Item,
  type RosterSnapshot,
  type SnapshotUnit,
  type UnitBallot,
  type Vote,
} from '../../src/domain/law278';

// ---- fixtures ----

const unit = (id: string, areaCenti: number, holderKey = `h:${id}`): SnapshotUnit => ({ id, areaCenti, holderKey });
const snapshot = (...units: SnapshotUnit[]): RosterSnapshot => ({ units });
const ballot = (unitId: string, vote: Vote): UnitBallot => ({ unitId, vote });
const votes = (vote: Vote, ...unitIds: string[]) => unitIds.map((id) => ballot(id, vote));
const frac = (num: number | string, den: number | string) => ({ num: String(num), den: String(den) });
/** n one-unit holders u1..un of the given area each. */
const equalUnits = (n: number, areaCenti: number) => Array.from({ length: n }, (_, i) => unit(`u${i + 1}`, areaCenti));
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `u${from + i}`);

describe('art. 278 items and thresholds', () => {
  it('needs three quarters for items 6-8 and more than half for all others', () => {
    const expected: Record<Law278Item, string> = { 1: '>1/2', 2: '>1/2', 3: '>1/2', 4: '>1/2', 5: '>1/2', 6: '>=3/4', 7: '>=3/4', 8: '>=3/4', 9: '>1/2' };
    for (const item of [1, 2, 3, 4, 5, 6, 7, 8, 9] as Law278Item[]) expect(approvalThreshold(item)).toBe(expected[item]);
  });

  it('knows exactly items 1-9', () => {
    expect([0, 1, 9, 10, 1.5, '1', null].map(isLaw278Item)).toEqual([false, true, true, false, false, false, false]);
    expect(Object.keys(LAW278_ITEM_LABELS)).toHaveLength(9);
  });

  it('refuses an item outside 1-9', () => {
    const s = snapshot(unit('a', 100));
    expect(() => tallyLaw278(s, 10 as Law278Item, [])).toThrow(RangeError);
    expect(() => tallyLaw278(s, 0 as Law278Item, [])).toThrow(RangeError);
  });
});

describe('quorum: 2/3 of area AND 2/3 of heads take part ("以上" includes the bound)', () => {
  // Five holders of 400.00 m² and one of 1000.00 m²: total 3000.00 m², six heads.
  const fiveSmallOneBig = (firstArea: number, bigArea: number) =>
    snapshot(unit('u1', firstArea), ...ids(2, 5).map((id) => unit(id, 40000)), unit('u6', bigArea));

  it('is met at exactly 2/3 of the area', () => {
    const t = tallyLaw278(fiveSmallOneBig(40000, 100000), 1, votes('yes', ...ids(1, 5)));
    expect(t.quorum.area).toEqual(frac(200000, 300000));
    expect(t.quorum.areaMet).toBe(true);
    expect(t.quorum.met).toBe(true);
    expect(t.result).toBe('passed');
  });

  it('is not met with 0.01 m² less than 2/3 of the area', () => {
    const t = tallyLaw278(fiveSmallOneBig(39999, 100001), 1, votes('yes', ...ids(1, 5)));
    expect(t.quorum.area).toEqual(frac(199999, 300000));
    expect(t.quorum.areaMet).toBe(false);
    expect(t.quorum.headsMet).toBe(true);
    expect(t.quorum.met).toBe(false);
    expect(t.result).toBe('no_quorum');
  });

  it('is met at exactly 2/3 of the heads', () => {
    // Six holders; the four who vote hold most of the area.
    const s = snapshot(...ids(1, 4).map((id) => unit(id, 10000)), unit('u5', 1), unit('u6', 1));
    const t = tallyLaw278(s, 1, votes('yes', ...ids(1, 4)));
    expect(t.quorum.heads).toEqual(frac(4, 6));
    expect(t.quorum.headsMet).toBe(true);
    expect(t.result).toBe('passed');
  });

  it('is not met with one head less than 2/3', () => {
    // 300 holders: 200 is exactly two thirds, 199 is not, with area far above the bound.
    const s = snapshot(...ids(1, 199).map((id) => unit(id, 10000)), ...ids(200, 300).map((id) => unit(id, 1)));
    const short = tallyLaw278(s, 1, votes('yes', ...ids(1, 199)));
    expect(short.quorum.heads).toEqual(frac(199, 300));
    expect(short.quorum.areaMet).toBe(true);
    expect(short.quorum.headsMet).toBe(false);
    expect(short.result).toBe('no_quorum');
    const exact = tallyLaw278(s, 1, votes('yes', ...ids(1, 200)));
    expect(exact.quorum.heads).toEqual(frac(200, 300));
    expect(exact.quorum.headsMet).toBe(true);
    expect(exact.result).toBe('passed');
  });

  it('is not met with nobody voting, and shows 0 of the totals', () => {
    const t = tallyLaw278(snapshot(...equalUnits(3, 100)), 1, []);
    expect(t.quorum).toMatchObject({ area: frac(0, 300), heads: frac(0, 3), met: false });
    expect(t.approval).toMatchObject({ area: frac(0, 0), heads: frac(0, 0), areaMet: false, headsMet: false, met: false });
    expect(t.result).toBe('no_quorum');
  });

  it('is exact at scale: 90,000 units of 10^8 centi-m², two thirds exactly vs 0.01 m² short', () => {
    const n = 90000;
    const units = Array.from({ length: n }, (_, i) => unit(`u${i}`, 100_000_000));
    const ballots = Array.from({ length: 60000 }, (_, i) => ballot(`u${i}`, 'yes'));
    const exact = tallyLaw278(snapshot(...units), 1, ballots);
    expect(exact.quorum.area).toEqual(frac('6000000000000', '9000000000000'));
    expect(exact.quorum.met).toBe(true);
    units[0] = unit('u0', 99_999_999);
    units[n - 1] = unit(`u${n - 1}`, 100_000_001);
    const short = tallyLaw278(snapshot(...units), 1, ballots);
    expect(short.quorum.area).toEqual(frac('5999999999999', '9000000000000'));
    expect(short.quorum.areaMet).toBe(false);
  });
});

describe('approval by more than half (过半数: exactly half fails)', () => {
  it('fails at exactly half of the area and heads', () => {
    const t = tallyLaw278(snapshot(...equalUnits(2, 100)), 4, [ballot('u1', 'yes'), ballot('u2', 'no')]);
    expect(t.approval).toEqual({ area: frac(100, 200), heads: frac(1, 2), threshold: '>1/2', areaMet: false, headsMet: false, met: false });
    expect(t.result).toBe('failed');
  });

  it('fails at exactly half of the area even with most heads', () => {
    // Yes: u1..u3 (300.00 m² together), no: u4 alone (300.00 m²).
    const s = snapshot(...ids(1, 3).map((id) => unit(id, 10000)), unit('u4', 30000));
    const t = tallyLaw278(s, 1, [...votes('yes', 'u1', 'u2', 'u3'), ballot('u4', 'no')]);
    expect(t.approval.area).toEqual(frac(30000, 60000));
    expect(t.approval.headsMet).toBe(true);
    expect(t.approval.areaMet).toBe(false);
    expect(t.result).toBe('failed');
  });

  it('passes with 0.01 m² more than half of the area', () => {
    const s = snapshot(unit('u1', 10001), unit('u2', 10000), unit('u3', 10000), unit('u4', 30000));
    const t = tallyLaw278(s, 1, [...votes('yes', 'u1', 'u2', 'u3'), ballot('u4', 'no')]);
    expect(t.approval.area).toEqual(frac(30001, 60001));
    expect(t.approval.areaMet).toBe(true);
    expect(t.result).toBe('passed');
  });

  it('fails at exactly half of the heads even with most area, and passes with one head more', () => {
    const s = snapshot(unit('u1', 90000), ...ids(2, 6).map((id) => unit(id, 100)));
    const half = tallyLaw278(s, 1, [...votes('yes', 'u1', 'u2', 'u3'), ...votes('no', 'u4', 'u5', 'u6')]);
    expect(half.approval.heads).toEqual(frac(3, 6));
    expect(half.approval.areaMet).toBe(true);
    expect(half.approval.headsMet).toBe(false);
    expect(half.result).toBe('failed');
    const more = tallyLaw278(s, 1, [...votes('yes', 'u1', 'u2', 'u3', 'u4'), ...votes('no', 'u5', 'u6')]);
    expect(more.approval.heads).toEqual(frac(4, 6));
    expect(more.result).toBe('passed');
  });
});

describe('approval by three quarters for items 6-8', () => {
  it.each([6, 7, 8] as Law278Item[])('passes item %i at exactly 3/4 of area and heads', (item) => {
    const t = tallyLaw278(snapshot(...equalUnits(4, 10000)), item, [...votes('yes', 'u1', 'u2', 'u3'), ballot('u4', 'no')]);
    expect(t.approval).toEqual({ area: frac(30000, 40000), heads: frac(3, 4), threshold: '>=3/4', areaMet: true, headsMet: true, met: true });
    expect(t.result).toBe('passed');
  });

  it('fails item 7 with 0.01 m² less than 3/4 of the area', () => {
    const s = snapshot(unit('u1', 10000), unit('u2', 10000), unit('u3', 9999), unit('u4', 10001));
    const t = tallyLaw278(s, 7, [...votes('yes', 'u1', 'u2', 'u3'), ballot('u4', 'no')]);
    expect(t.approval.area).toEqual(frac(29999, 40000));
    expect(t.approval.headsMet).toBe(true);
    expect(t.approval.areaMet).toBe(false);
    expect(t.result).toBe('failed');
  });

  it('fails item 7 with one head less than 3/4', () => {
    // Eight holders, 5 yes (< 6 = 3/4), the yes side holding nearly all the area.
    const s = snapshot(...ids(1, 5).map((id) => unit(id, 100000)), ...ids(6, 8).map((id) => unit(id, 1)));
    const t = tallyLaw278(s, 7, [...votes('yes', ...ids(1, 5)), ...votes('no', ...ids(6, 8))]);
    expect(t.approval.heads).toEqual(frac(5, 8));
    expect(t.approval.areaMet).toBe(true);
    expect(t.approval.headsMet).toBe(false);
    expect(t.result).toBe('failed');
  });

  it('passes under the half rule what item 7 refuses (2/3 approval)', () => {
    const s = snapshot(...equalUnits(3, 100));
    const ballots = [...votes('yes', 'u1', 'u2'), ballot('u3', 'no')];
    expect(tallyLaw278(s, 5, ballots).result).toBe('passed');
    expect(tallyLaw278(s, 7, ballots).result).toBe('failed');
  });
});

describe('headcount and area of holders', () => {
  it('counts a holder of several units once for heads but with all their area', () => {
    const s = snapshot(unit('a1', 10000, 'zhang'), unit('a2', 10000, 'zhang'), unit('a3', 10000, 'zhang'), unit('b', 10000), unit('c', 10000));
    const t = tallyLaw278(s, 1, [...votes('yes', 'a1', 'a2', 'a3'), ballot('b', 'no')]);
    expect(t.quorum.heads).toEqual(frac(2, 3));
    expect(t.quorum.area).toEqual(frac(40000, 50000));
    expect(t.approval.heads).toEqual(frac(1, 2));
    expect(t.approval.area).toEqual(frac(30000, 40000));
    expect(t.result).toBe('failed');
  });

  it("counts the developer's unsold units as one head with their whole area", () => {
    const developer = Array.from({ length: 10 }, (_, i) => unit(`d${i}`, 10000, 'developer'));
    const s = snapshot(...developer, unit('o1', 10000), unit('o2', 10000));
    const t = tallyLaw278(s, 1, [...developer.map((u) => ballot(u.id, 'yes')), ballot('o1', 'no')]);
    expect(t.quorum.heads).toEqual(frac(2, 3));
    expect(t.quorum.area).toEqual(frac(110000, 120000));
    expect(t.approval.heads).toEqual(frac(1, 2));
    expect(t.result).toBe('failed');
  });

  it("lets one returned ballot carry all of a holder's units", () => {
    const s = snapshot(unit('a1', 10000, 'zhang'), unit('a2', 20000, 'zhang'), unit('b', 5000), unit('c', 5000));
    const t = tallyLaw278(s, 1, [ballot('a1', 'yes'), ballot('b', 'no')]);
    expect(t.quorum.area).toEqual(frac(35000, 40000));
    expect(t.approval.area).toEqual(frac(30000, 35000));
  });

  it('counts abstentions as participating but not approving', () => {
    const s = snapshot(...equalUnits(3, 100));
    const withAbstain = tallyLaw278(s, 1, [ballot('u1', 'yes'), ballot('u2', 'abstain')]);
    expect(withAbstain.quorum.heads).toEqual(frac(2, 3));
    expect(withAbstain.quorum.met).toBe(true);
    expect(withAbstain.approval.heads).toEqual(frac(1, 2));
    expect(withAbstain.approval.area).toEqual(frac(100, 200));
    expect(withAbstain.result).toBe('failed');
    // Without the abstainer there is no quorum at all: the abstention mattered both ways.
    expect(tallyLaw278(s, 1, [ballot('u1', 'yes')]).result).toBe('no_quorum');
  });

  it('makes "no" and "abstain" weigh the same against approval', () => {
    const s = snapshot(...equalUnits(4, 100));
    const a = tallyLaw278(s, 1, [...votes('yes', 'u1', 'u2'), ...votes('no', 'u3', 'u4')]);
    const b = tallyLaw278(s, 1, [...votes('yes', 'u1', 'u2'), ...votes('abstain', 'u3', 'u4')]);
    expect(a.approval).toEqual(b.approval);
  });
});

describe('ballot validation', () => {
  const s = snapshot(unit('a1', 100, 'zhang'), unit('a2', 100, 'zhang'), unit('b', 100), unit('c', 100));

  it('accepts consistent ballots', () => {
    expect(validateBallots(s, [ballot('a1', 'yes'), ballot('a2', 'yes'), ballot('b', 'no')])).toEqual([]);
  });

  it('reports a unit not in the roster', () => {
    expect(validateBallots(s, [ballot('zz', 'yes')])).toEqual([{ index: 0, unitId: 'zz', code: 'unknown_unit', message: expect.stringContaining('"zz"') }]);
  });

  it('reports a second ballot for the same unit, naming the first', () => {
    const e = validateBallots(s, [ballot('b', 'yes'), ballot('c', 'no'), ballot('b', 'yes')]);
    expect(e).toEqual([{ index: 2, unitId: 'b', code: 'duplicate_unit', message: expect.stringContaining('第1张') }]);
  });

  it("reports one holder's units voting differently", () => {
    const e = validateBallots(s, [ballot('a1', 'yes'), ballot('a2', 'no')]);
    expect(e).toEqual([{ index: 1, unitId: 'a2', code: 'holder_split', message: expect.stringContaining('与第1张') }]);
  });

  it('reports a vote that is not yes/no/abstain', () => {
    const e = validateBallots(s, [{ unitId: 'b', vote: 'maybe' as Vote }]);
    expect(e.map((x) => x.code)).toEqual(['invalid_vote']);
  });

  it('reports every error, in ballot order', () => {
    const e = validateBallots(s, [ballot('a1', 'yes'), ballot('zz', 'no'), ballot('a2', 'abstain'), ballot('a1', 'yes')]);
    expect(e.map((x) => [x.index, x.code])).toEqual([
      [1, 'unknown_unit'],
      [2, 'holder_split'],
      [3, 'duplicate_unit'],
    ]);
  });

  it('refuses to tally invalid ballots and carries the errors', () => {
    let caught: unknown;
    try {
      tallyLaw278(s, 1, [ballot('b', 'yes'), ballot('b', 'no')]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidBallotsError);
    expect((caught as InvalidBallotsError).errors.map((x) => x.code)).toEqual(['duplicate_unit']);
  });

  it('refuses a broken snapshot: empty, duplicate unit, float or non-positive area, missing holder', () => {
    expect(() => tallyLaw278(snapshot(), 1, [])).toThrow(RangeError);
    expect(() => tallyLaw278(snapshot(unit('a', 100), unit('a', 100)), 1, [])).toThrow(RangeError);
    expect(() => tallyLaw278(snapshot(unit('a', 89.5)), 1, [])).toThrow(RangeError);
    expect(() => tallyLaw278(snapshot(unit('a', 0)), 1, [])).toThrow(RangeError);
    expect(() => tallyLaw278(snapshot(unit('a', 100, '')), 1, [])).toThrow(RangeError);
  });
});

// ---- elections ----

describe('committee election', () => {
  // Ten one-unit holders of 1.00 m²; ballots for holders 0..9.
  const ten = snapshot(...Array.from({ length: 10 }, (_, i) => unit(`h${i}`, 100)));
  const spec = (candidates: string[], seats = 5): ElectionSpec => ({ seats, candidates });
  /** supporters[c] = holder indexes choosing c; returns one ballot per holder 0..n-1. */
  const electionBallots = (n: number, supporters: Record<string, number[]>): ElectionBallot[] =>
    Array.from({ length: n }, (_, i) => ({
      unitId: `h${i}`,
      choices: Object.keys(supporters).filter((c) => supporters[c].includes(i)),
    }));
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  // A 10, B 9, C 8, D 7 supporters; E and F 6 each, no holder choosing more than five.
  const tieSupport = {
    A: range(0, 9),
    B: range(0, 8),
    C: range(0, 7),
    D: range(0, 6),
    E: [0, 1, 2, 3, 7, 8],
    F: [4, 5, 6, 7, 8, 9],
  };

  it('reports a tie for the last seat instead of breaking it silently', () => {
    const t = tallyElection(ten, spec(['A', 'B', 'C', 'D', 'E', 'F']), electionBallots(10, tieSupport));
    expect(t.result).toBe('tie');
    expect(t.elected).toEqual(['A', 'B', 'C', 'D']);
    expect(t.tie).toEqual(['E', 'F']);
    expect(t.tieSeats).toBe(1);
    expect(t.vacancies).toBe(0);
    expect(t.candidates.find((c) => c.id === 'E')).toMatchObject({ heads: frac(6, 10), area: frac(600, 1000), qualified: true, rank: 5 });
    expect(t.candidates.find((c) => c.id === 'F')).toMatchObject({ rank: 5 });
  });

  it('breaks equal heads by supporting area', () => {
    const s = snapshot(...Array.from({ length: 9 }, (_, i) => unit(`h${i}`, 100)), unit('h9', 101));
    const t = tallyElection(s, spec(['A', 'B', 'C', 'D', 'E', 'F']), electionBallots(10, tieSupport));
    expect(t.result).toBe('filled');
    expect(t.elected).toEqual(['A', 'B', 'C', 'D', 'F']);
    expect(t.tie).toBeNull();
    expect(t.candidates.map((c) => [c.id, c.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
      ['D', 4],
      ['F', 5],
      ['E', 6],
    ]);
  });

  it('ranks by supporting heads before supporting area', () => {
    // X: five heads, 9.00 m²; Y: four heads, 12.00 m². Both are majorities of 15.00 m² and 7 heads.
    const s = snapshot(unit('h0', 500), unit('h1', 500), ...range(2, 6).map((i) => unit(`h${i}`, 100)));
    const t = tallyElection(s, spec(['Y', 'X']), electionBallots(7, { X: [0, 2, 3, 4, 5], Y: [0, 1, 2, 3] }));
    expect(t.candidates.map((c) => [c.id, c.heads, c.area])).toEqual([
      ['X', frac(5, 7), frac(900, 1500)],
      ['Y', frac(4, 7), frac(1200, 1500)],
    ]);
    expect(t.elected).toEqual(['X', 'Y']);
  });

  it('elects all tied candidates when the tie is above the last seat', () => {
    const t = tallyElection(ten, spec(['A', 'B', 'C', 'D', 'E', 'F'], 7), electionBallots(10, tieSupport));
    expect(t.result).toBe('vacancies');
    expect(t.elected).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(t.tie).toBeNull();
    expect(t.vacancies).toBe(1);
  });

  it('reports three candidates tied for the last two seats', () => {
    const six = tallyElection(ten, spec(['A', 'B', 'C', 'D', 'E', 'F', 'G']), electionBallots(10, {
      A: range(0, 9), B: range(0, 9), C: range(0, 9), E: range(0, 5), F: [0, 1, 2, 6, 7, 8], G: [3, 4, 5, 6, 7, 8],
    }));
    expect(six.elected).toEqual(['A', 'B', 'C']);
    expect(six.tie).toEqual(['E', 'F', 'G']);
    expect(six.tieSeats).toBe(2);
  });

  it('does not qualify a candidate with exactly half of the heads, and leaves the seat vacant', () => {
    const t = tallyElection(ten, spec(['A', 'B']), electionBallots(10, { A: range(0, 5), B: range(0, 4) }));
    expect(t.candidates.find((c) => c.id === 'B')).toMatchObject({ heads: frac(5, 10), qualified: false, rank: null });
    expect(t.elected).toEqual(['A']);
    expect(t.vacancies).toBe(4);
    expect(t.result).toBe('vacancies');
  });

  it('does not qualify a candidate with exactly half of the area despite most heads', () => {
    const s = snapshot(unit('h0', 600), ...range(1, 6).map((i) => unit(`h${i}`, 100)));
    // B: six small holders = 6.00 m² of 12.00 m², 6 of 7 heads.
    const t = tallyElection(s, spec(['B']), electionBallots(7, { B: range(1, 6) }));
    expect(t.candidates[0]).toMatchObject({ area: frac(600, 1200), heads: frac(6, 7), qualified: false });
    expect(t.elected).toEqual([]);
  });

  it('counts blank ballots as participating but supporting nobody', () => {
    const t = tallyElection(ten, spec(['A']), electionBallots(10, { A: range(0, 4) }));
    expect(t.quorum.heads).toEqual(frac(10, 10));
    expect(t.candidates[0]).toMatchObject({ heads: frac(5, 10), qualified: false });
  });

  it('elects nobody without a quorum', () => {
    const t = tallyElection(ten, spec(['A']), electionBallots(6, { A: range(0, 5) }));
    expect(t.quorum.met).toBe(false);
    expect(t).toMatchObject({ result: 'no_quorum', elected: [], tie: null, vacancies: 5 });
  });

  it("counts a multi-unit holder once for heads and all area for each candidate they choose", () => {
    const s = snapshot(unit('a1', 300, 'zhang'), unit('a2', 300, 'zhang'), unit('b', 100), unit('c', 100));
    const t = tallyElection(s, spec(['A']), [{ unitId: 'a1', choices: ['A'] }, { unitId: 'a2', choices: ['A'] }, { unitId: 'b', choices: [] }]);
    expect(t.quorum.heads).toEqual(frac(2, 3));
    expect(t.candidates[0]).toMatchObject({ heads: frac(1, 2), area: frac(600, 700), qualified: false });
  });

  it('accepts seats 5, 7, 9, 11 and refuses even or out-of-range seats', () => {
    for (const seats of [5, 7, 9, 11]) expect(() => tallyElection(ten, spec(['A'], seats), [])).not.toThrow();
    for (const seats of [3, 4, 6, 13, 5.5]) expect(() => tallyElection(ten, spec(['A'], seats), [])).toThrow(RangeError);
  });

  it('refuses duplicate or empty candidate ids', () => {
    expect(() => tallyElection(ten, spec(['A', 'A']), [])).toThrow(RangeError);
    expect(() => tallyElection(ten, spec(['A', '']), [])).toThrow(RangeError);
  });

  describe('election ballot validation', () => {
    const s = snapshot(unit('a1', 100, 'zhang'), unit('a2', 100, 'zhang'), unit('b', 100));
    const candidates = spec(['A', 'B', 'C', 'D', 'E', 'F']);

    it('reports an unknown candidate', () => {
      expect(validateElectionBallots(s, candidates, [{ unitId: 'b', choices: ['A', 'Z'] }])).toEqual([
        { index: 0, unitId: 'b', code: 'unknown_candidate', message: expect.stringContaining('"Z"') },
      ]);
    });

    it('reports more choices than seats', () => {
      const e = validateElectionBallots(s, candidates, [{ unitId: 'b', choices: ['A', 'B', 'C', 'D', 'E', 'F'] }]);
      expect(e.map((x) => x.code)).toEqual(['too_many_choices']);
      expect(validateElectionBallots(s, candidates, [{ unitId: 'b', choices: ['A', 'B', 'C', 'D', 'E'] }])).toEqual([]);
    });

    it('reports a duplicate choice', () => {
      expect(validateElectionBallots(s, candidates, [{ unitId: 'b', choices: ['A', 'A'] }]).map((x) => x.code)).toEqual(['duplicate_choice']);
    });

    it("reports one holder's units choosing differently, but not the same people in another order", () => {
      expect(
        validateElectionBallots(s, candidates, [
          { unitId: 'a1', choices: ['A', 'B'] },
          { unitId: 'a2', choices: ['B', 'A'] },
        ]),
      ).toEqual([]);
      expect(
        validateElectionBallots(s, candidates, [
          { unitId: 'a1', choices: ['A', 'B'] },
          { unitId: 'a2', choices: ['A'] },
        ]).map((x) => x.code),
      ).toEqual(['holder_split']);
    });

    it('reports unknown and repeated units', () => {
      const e = validateElectionBallots(s, candidates, [
        { unitId: 'b', choices: [] },
        { unitId: 'q', choices: [] },
        { unitId: 'b', choices: [] },
      ]);
      expect(e.map((x) => [x.index, x.code])).toEqual([
        [1, 'unknown_unit'],
        [2, 'duplicate_unit'],
      ]);
    });

    it('refuses to tally invalid election ballots', () => {
      expect(() => tallyElection(s, candidates, [{ unitId: 'b', choices: ['Z'] }])).toThrow(InvalidBallotsError);
    });
  });
});

// ---- property test against a slow, obviously-correct reference ----

/** Seeded PRNG (mulberry32) so a failure is reproducible from the printed seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = int(0, i);
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  return { next, int, pick, shuffle };
}

/** Reduced BigInt rational, compared by cross-multiplication with positive denominators. */
class Rat {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint) {
    if (d === BigInt(0)) throw new Error('zero denominator');
    const g = gcd(n < 0 ? -n : n, d);
    this.n = n / g;
    this.d = d / g;
  }
  cmp(o: Rat): number {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
}
function gcd(a: bigint, b: bigint): bigint {
  return b === BigInt(0) ? (a === BigInt(0) ? BigInt(1) : a) : gcd(b, a % b);
}
const TWO_THIRDS = new Rat(BigInt(2), BigInt(3));
const HALF = new Rat(BigInt(1), BigInt(2));
const THREE_QUARTERS = new Rat(BigInt(3), BigInt(4));

interface Scenario {
  snapshot: RosterSnapshot;
  holders: string[];
  unitsOf: Map<string, SnapshotUnit[]>;
}

function randomScenario(r: ReturnType<typeof rng>, equalAreaChance = 0): Scenario {
  // Tiny areas make exact boundaries (2/3, 1/2, 3/4) and level candidates common; wide ones
  // exercise big sums.
  const mode = r.next() < equalAreaChance ? 'equal' : r.next() < 0.6 ? 'tight' : 'wide';
  const area = () => (mode === 'equal' ? 100 : mode === 'tight' ? r.int(1, 3) : r.int(1, 100_000_000));
  const nHolders = r.int(1, 12);
  const holders = Array.from({ length: nHolders }, (_, i) => `holder${i}`);
  if (r.next() < 0.3) holders.push('developer');
  const units: SnapshotUnit[] = [];
  const unitsOf = new Map<string, SnapshotUnit[]>();
  for (const h of holders) {
    const count = h === 'developer' ? r.int(1, 6) : r.next() < 0.25 ? r.int(2, 3) : 1;
    const own = Array.from({ length: count }, (_, k) => unit(`${h}/${k}`, area(), h));
    unitsOf.set(h, own);
    units.push(...own);
  }
  return { snapshot: snapshot(...r.shuffle(units)), holders, unitsOf };
}

/** Each participating holder returns ballots for a non-empty subset of their units, all alike. */
function randomBallots<B>(r: ReturnType<typeof rng>, sc: Scenario, makeChoice: () => (unitId: string) => B, minTurnout = 0): B[] {
  const turnout = minTurnout + (1 - minTurnout) * r.next();
  const ballots: B[] = [];
  for (const h of sc.holders) {
    if (r.next() >= turnout) continue;
    const make = makeChoice();
    const own = r.shuffle([...sc.unitsOf.get(h)!]);
    for (const u of own.slice(0, r.int(1, own.length))) ballots.push(make(u.id));
  }
  return r.shuffle(ballots);
}

/** The law read literally, one quantity at a time. */
function referenceParticipation(sc: Scenario, ballotUnitIds: string[]) {
  const holderOf = (unitId: string) => sc.snapshot.units.find((u) => u.id === unitId)!.holderKey;
  const areaOf = (h: string) => sc.snapshot.units.filter((u) => u.holderKey === h).reduce((s, u) => s + BigInt(u.areaCenti), BigInt(0));
  const allHolders = [...new Set(sc.snapshot.units.map((u) => u.holderKey))];
  const participants = [...new Set(ballotUnitIds.map(holderOf))];
  const totalArea = allHolders.reduce((s, h) => s + areaOf(h), BigInt(0));
  const partArea = participants.reduce((s, h) => s + areaOf(h), BigInt(0));
  const quorumArea = new Rat(partArea, totalArea);
  const quorumHeads = new Rat(BigInt(participants.length), BigInt(allHolders.length));
  const quorumMet = quorumArea.cmp(TWO_THIRDS) >= 0 && quorumHeads.cmp(TWO_THIRDS) >= 0;
  return { holderOf, areaOf, allHolders, participants, totalArea, partArea, quorumArea, quorumHeads, quorumMet };
}

describe('property: tallyLaw278 agrees with a BigInt-rational reference', () => {
  it('on 5000 random rosters and ballots, including many exact boundaries', () => {
    const seed = 20230401;
    const r = rng(seed);
    const boundaryHits = { quorum: 0, half: 0, threeQuarters: 0 };
    for (let run = 0; run < 5000; run++) {
      const sc = randomScenario(r);
      // Half the runs on the three-quarter items, so both thresholds meet their exact bounds often.
      const item = (r.next() < 0.5 ? r.pick([6, 7, 8]) : r.pick([1, 2, 3, 4, 5, 9])) as Law278Item;
      const ballots = randomBallots(r, sc, () => {
        const vote = r.pick<Vote>(['yes', 'no', 'abstain']);
        return (unitId) => ballot(unitId, vote);
      });

      const ref = referenceParticipation(sc, ballots.map((b) => b.unitId));
      const voteOf = new Map(ballots.map((b) => [ref.holderOf(b.unitId), b.vote]));
      const yesHolders = ref.participants.filter((h) => voteOf.get(h) === 'yes');
      const yesArea = yesHolders.reduce((s, h) => s + ref.areaOf(h), BigInt(0));
      const threeQuarters = item >= 6 && item <= 8;
      let approvalMet = false;
      if (ref.participants.length > 0) {
        const a = new Rat(yesArea, ref.partArea);
        const h = new Rat(BigInt(yesHolders.length), BigInt(ref.participants.length));
        approvalMet = threeQuarters
          ? a.cmp(THREE_QUARTERS) >= 0 && h.cmp(THREE_QUARTERS) >= 0
          : a.cmp(HALF) > 0 && h.cmp(HALF) > 0;
        if (threeQuarters && (a.cmp(THREE_QUARTERS) === 0 || h.cmp(THREE_QUARTERS) === 0)) boundaryHits.threeQuarters++;
        if (!threeQuarters && (a.cmp(HALF) === 0 || h.cmp(HALF) === 0)) boundaryHits.half++;
      }
      if (ref.quorumArea.cmp(TWO_THIRDS) === 0 || ref.quorumHeads.cmp(TWO_THIRDS) === 0) boundaryHits.quorum++;
      const expected = !ref.quorumMet ? 'no_quorum' : approvalMet ? 'passed' : 'failed';

      const t = tallyLaw278(sc.snapshot, item, ballots);
      const context = `seed ${seed} run ${run}`;
      expect([context, t.result]).toEqual([context, expected]);
      expect([context, t.quorum.met, t.approval.met]).toEqual([context, ref.quorumMet, approvalMet]);
      expect([context, t.quorum.area, t.quorum.heads]).toEqual([
        context,
        frac(ref.partArea.toString(), ref.totalArea.toString()),
        frac(ref.participants.length, ref.allHolders.length),
      ]);
      expect([context, t.approval.area, t.approval.heads]).toEqual([
        context,
        frac(yesArea.toString(), ref.partArea.toString()),
        frac(yesHolders.length, ref.participants.length),
      ]);
    }
    // The property is only worth something if the exact bounds were actually exercised.
    expect(boundaryHits.quorum).toBeGreaterThan(50);
    expect(boundaryHits.half).toBeGreaterThan(50);
    expect(boundaryHits.threeQuarters).toBeGreaterThan(20);
  });
});

describe('property: tallyElection agrees with a reference', () => {
  it('on 2000 random elections, including ties at the last seat', () => {
    const seed = 1104;
    const r = rng(seed);
    let ties = 0;
    let filled = 0;
    for (let run = 0; run < 2000; run++) {
      const sc = randomScenario(r, 0.4);
      const seats = r.pick([5, 7, 9, 11]);
      const candidates = Array.from({ length: r.next() < 0.7 ? seats + r.int(1, 3) : r.int(1, seats) }, (_, i) => `c${i}`);
      const ballots = randomBallots(r, sc, () => {
        // Mostly full ballots over few candidates: many qualify, so the last seat is contested.
        const max = Math.min(seats, candidates.length);
        const choices = r.shuffle([...candidates]).slice(0, r.next() < 0.7 ? max : r.int(0, max));
        return (unitId) => ({ unitId, choices: r.shuffle([...choices]) });
      }, 0.5);

      const ref = referenceParticipation(sc, ballots.map((b) => b.unitId));
      const choicesOf = new Map(ballots.map((b) => [ref.holderOf(b.unitId), b.choices]));
      const support = candidates.map((c) => {
        const holders = ref.participants.filter((h) => choicesOf.get(h)!.includes(c));
        const area = holders.reduce((s, h) => s + ref.areaOf(h), BigInt(0));
        const heads = BigInt(holders.length);
        const qualified =
          ref.participants.length > 0 &&
          new Rat(area, ref.partArea).cmp(HALF) > 0 &&
          new Rat(heads, BigInt(ref.participants.length)).cmp(HALF) > 0;
        return { c, area, heads, qualified };
      });
      // A qualifier is elected outright if it and everyone level with it fit in the seats; tied
      // if the seats run out inside its level group; out if they run out above it.
      const qualified = support.filter((s) => s.qualified);
      const better = (a: (typeof support)[0], b: (typeof support)[0]) => a.heads > b.heads || (a.heads === b.heads && a.area > b.area);
      const level = (a: (typeof support)[0], b: (typeof support)[0]) => a.heads === b.heads && a.area === b.area;
      const expElected = new Set<string>();
      const expTie = new Set<string>();
      for (const s of qualified) {
        const above = qualified.filter((o) => better(o, s)).length;
        const same = qualified.filter((o) => level(o, s)).length;
        if (above + same <= seats) expElected.add(s.c);
        else if (above < seats) expTie.add(s.c);
      }

      const t = tallyElection(sc.snapshot, { seats, candidates }, ballots);
      const context = `seed ${seed} run ${run}`;
      if (!ref.quorumMet) {
        expect([context, t.result, t.elected]).toEqual([context, 'no_quorum', []]);
        continue;
      }
      expect([context, new Set(t.elected)]).toEqual([context, expElected]);
      expect([context, new Set(t.tie ?? [])]).toEqual([context, expTie]);
      expect([context, t.result]).toEqual([
        context,
        expTie.size > 0 ? 'tie' : qualified.length < seats ? 'vacancies' : 'filled',
      ]);
      expect([context, t.tieSeats]).toEqual([context, expTie.size > 0 ? seats - expElected.size : 0]);
      expect([context, t.vacancies]).toEqual([context, Math.max(0, seats - qualified.length)]);
      for (const s of support) {
        const got = t.candidates.find((x) => x.id === s.c)!;
        expect([context, got.qualified, got.area, got.heads]).toEqual([
          context,
          s.qualified,
          frac(s.area.toString(), ref.partArea.toString()),
          frac(s.heads.toString(), ref.participants.length),
        ]);
      }
      // Elected candidates come out in rank order.
      const order = t.elected.map((id) => support.find((s) => s.c === id)!);
      for (let i = 1; i < order.length; i++) expect([context, better(order[i], order[i - 1])]).toEqual([context, false]);
      if (expTie.size > 0) ties++;
      if (t.result === 'filled') filled++;
    }
    expect(ties).toBeGreaterThan(20);
    expect(filled).toBeGreaterThan(10);
  });
});

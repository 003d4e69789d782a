// Art. 278 at its exact boundaries, through the actions: owners cast, the committee closes, the
// result is read back. Each roster is small so the boundary is one head or 0.01 m² away.
import { pollHarness, type RosterSpec } from '../support/pollHarness';
import { ofKind } from '../support/narrow';

type Vote = 'yes' | 'no' | 'abstain';

/** Opens a decision on `roster`, lets each listed unit's owner vote, closes, returns the result. */
async function decide(roster: RosterSpec, item: number, votes: Record<string, Vote>) {
  const h = await pollHarness({ roster });
  try {
    const owners = new Map<string, string>();
    for (const u of roster.units) owners.set(u.label, await h.owner(`u:1栋-${u.label}`));
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '表决', item });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    for (const [label, choice] of Object.entries(votes)) await h.ok(owners.get(label)!, 'polls.cast', { pollId: poll.id, choice });
    await h.ok('committee', 'polls.close', { pollId: poll.id });
    return ofKind((await h.ok('committee', 'polls.results', { pollId: poll.id })).result, 'decision');
  } finally {
    await h.close();
  }
}

const units = (...spec: Array<[string, number, string?]>): RosterSpec => ({ units: spec.map(([label, areaCenti, holder]) => ({ label, areaCenti, holder: holder ?? label })) });
const frac = (num: number, den: number) => ({ num: String(num), den: String(den) });

describe('quorum: 2/3 of all area AND 2/3 of all holders', () => {
  it('is met at exactly 2/3 of the area and of the heads', async () => {
    const r = await decide(units(['A', 10000], ['B', 10000], ['C', 10000]), 5, { A: 'yes', B: 'yes' });
    expect(r.tally.quorum).toMatchObject({ area: frac(20000, 30000), heads: frac(2, 3), areaMet: true, headsMet: true, met: true });
    expect(r.result).toBe('passed');
  });

  it('fails with 0.01 m² less than 2/3 of the area', async () => {
    const r = await decide(units(['A', 9999], ['B', 10000], ['C', 10001]), 5, { A: 'yes', B: 'yes' });
    expect(r.tally.quorum).toMatchObject({ area: frac(19999, 30000), heads: frac(2, 3), areaMet: false, headsMet: true, met: false });
    expect(r.result).toBe('no_quorum');
  });

  it('fails with one head less than 2/3 even when the area is there', async () => {
    // Four holders; A holds most of the area. A and B: 2/4 heads < 2/3.
    const r = await decide(units(['A', 60000], ['B', 10000], ['C', 10000], ['D', 10000]), 5, { A: 'yes', B: 'yes' });
    expect(r.tally.quorum).toMatchObject({ heads: frac(2, 4), areaMet: true, headsMet: false });
    expect(r.result).toBe('no_quorum');
  });

  it('counts abstentions as taking part', async () => {
    const r = await decide(units(['A', 10000], ['B', 10000], ['C', 10000]), 5, { A: 'yes', B: 'abstain', C: 'abstain' });
    expect(r.tally.quorum.met).toBe(true);
    expect(r.tally.approval).toMatchObject({ area: frac(10000, 30000), heads: frac(1, 3) });
    expect(r.result).toBe('failed');
  });
});

describe('approval: more than half (过半数) of participating area AND heads', () => {
  const six = units(['A', 20000], ['B', 10000], ['C', 10000], ['D', 10000], ['E', 10000], ['F', 10000]);

  it('fails at exactly half of the heads', async () => {
    const r = await decide(six, 5, { A: 'yes', B: 'yes', C: 'yes', D: 'no', E: 'no', F: 'no' });
    expect(r.tally.approval).toMatchObject({ area: frac(40000, 70000), heads: frac(3, 6), areaMet: true, headsMet: false, met: false });
    expect(r.result).toBe('failed');
  });

  it('passes with one more head', async () => {
    const r = await decide(six, 5, { A: 'yes', B: 'yes', C: 'yes', D: 'yes', E: 'no', F: 'no' });
    expect(r.tally.approval).toMatchObject({ heads: frac(4, 6), met: true });
    expect(r.result).toBe('passed');
  });

  it('fails at exactly half of the area', async () => {
    const r = await decide(units(['A', 10000], ['B', 10000], ['C', 10000], ['D', 30000]), 4, { A: 'yes', B: 'yes', C: 'yes', D: 'no' });
    expect(r.tally.approval).toMatchObject({ area: frac(30000, 60000), heads: frac(3, 4), areaMet: false });
    expect(r.result).toBe('failed');
  });
});

describe('items 6–8: at least 3/4 of participating area AND heads', () => {
  it('passes at exactly 3/4 for item 7', async () => {
    const r = await decide(units(['A', 10000], ['B', 10000], ['C', 10000], ['D', 10000]), 7, { A: 'yes', B: 'yes', C: 'yes', D: 'no' });
    expect(r.tally.approval).toMatchObject({ threshold: '>=3/4', area: frac(30000, 40000), heads: frac(3, 4), met: true });
    expect(r.result).toBe('passed');
  });

  it('fails for item 7 with 0.01 m² less than 3/4', async () => {
    const r = await decide(units(['A', 10000], ['B', 10000], ['C', 9999], ['D', 10001]), 7, { A: 'yes', B: 'yes', C: 'yes', D: 'no' });
    expect(r.tally.approval).toMatchObject({ area: frac(29999, 40000), heads: frac(3, 4), areaMet: false, headsMet: true });
    expect(r.result).toBe('failed');
  });

  it('uses more-than-half for item 5 where 3/4 would fail', async () => {
    const r = await decide(units(['A', 10000], ['B', 10000], ['C', 10000], ['D', 10000], ['E', 10000]), 5, { A: 'yes', B: 'yes', C: 'yes', D: 'no', E: 'no' });
    expect(r.tally.approval.threshold).toBe('>1/2');
    expect(r.result).toBe('passed');
  });
});

describe('heads: one holder one head, the developer one head', () => {
  it('counts a multi-unit holder once for heads and with all their area, from one ballot', async () => {
    // M holds two units; X and Y one each. M's one ballot carries both units' area.
    const roster = units(['M1', 5000, 'M'], ['M2', 7000, 'M'], ['X', 10000], ['Y', 10000]);
    const h = await pollHarness({ roster });
    const m = await h.owner('u:1栋-M1');
    const x = await h.owner('u:1栋-X');
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '表决', item: 5 });
    const opened = await h.ok('committee', 'polls.open', { pollId: poll.id });
    expect(opened.poll.status === 'opening' ? null : opened.poll.roster).toEqual({ units: 4, holders: 3, areaCenti: 32000 });
    const cast = await h.ok(m, 'polls.cast', { pollId: poll.id, choice: 'yes' });
    expect(cast.ballot.units).toEqual(['1栋M1', '1栋M2']);
    await h.ok(x, 'polls.cast', { pollId: poll.id, choice: 'no' });
    await h.ok('committee', 'polls.close', { pollId: poll.id });
    const result = ofKind((await h.ok('committee', 'polls.results', { pollId: poll.id })).result, 'decision');
    expect(result.tally.quorum).toMatchObject({ area: frac(22000, 32000), heads: frac(2, 3), met: true });
    expect(result.tally.approval).toMatchObject({ area: frac(12000, 22000), heads: frac(1, 2) });
    expect(result.totals).toMatchObject({ units: 4, holders: 3, unitBallots: 3, participatingHolders: 2 });
    await h.close();
  });

  it("counts the developer's unsold units as one head", async () => {
    const roster: RosterSpec = {
      units: [
        { label: 'D1', areaCenti: 10000, holder: 'dev', developer: true },
        { label: 'D2', areaCenti: 10000, holder: 'dev', developer: true },
        { label: 'D3', areaCenti: 10000, holder: 'dev', developer: true },
        { label: 'A', areaCenti: 10000, holder: 'A' },
        { label: 'B', areaCenti: 10000, holder: 'B' },
      ],
    };
    // Developer + A: 2 of 3 heads and 4 of 5 units' area.
    const h = await pollHarness({ roster });
    const dev = await h.owner('u:1栋-D2');
    const a = await h.owner('u:1栋-A');
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'decision', title: '表决', item: 9 });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    await h.ok(dev, 'polls.cast', { pollId: poll.id, choice: 'no' });
    await h.ok(a, 'polls.cast', { pollId: poll.id, choice: 'yes' });
    await h.ok('committee', 'polls.close', { pollId: poll.id });
    const result = ofKind((await h.ok('committee', 'polls.results', { pollId: poll.id })).result, 'decision');
    expect(result.tally.quorum).toMatchObject({ heads: frac(2, 3), area: frac(40000, 50000), met: true });
    expect(result.tally.approval).toMatchObject({ heads: frac(1, 2), area: frac(10000, 40000) });
    expect(result.result).toBe('failed');
    await h.close();
  });
});

describe('elections', () => {
  const roster = units(['A', 10000], ['B', 10000], ['C', 10000], ['D', 10000], ['E', 10000], ['F', 10000]);
  const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];

  async function elect(ballots: Record<string, string[]>) {
    const h = await pollHarness({ roster });
    const owners = new Map<string, string>();
    for (const u of roster.units) owners.set(u.label, await h.owner(`u:1栋-${u.label}`));
    const { poll } = await h.ok('committee', 'polls.create', { kind: 'election', title: '第二届业委会选举', seats: 5, candidates: names.map((name) => ({ name, statement: `${name}的简介` })) });
    await h.ok('committee', 'polls.open', { pollId: poll.id });
    const id = new Map(names.map((n, i) => [n, `c${i + 1}`]));
    for (const [label, chosen] of Object.entries(ballots)) await h.ok(owners.get(label)!, 'polls.cast', { pollId: poll.id, choices: chosen.map((n) => id.get(n)!) });
    const over = await h.call(owners.get('A')!, 'polls.cast', { pollId: poll.id, choices: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'] });
    await h.ok('committee', 'polls.close', { pollId: poll.id });
    const { result } = await h.ok('committee', 'polls.results', { pollId: poll.id });
    await h.close();
    return { result: ofKind(result, 'election'), over };
  }

  it('elects candidates with more than half of heads and area, and reports a tie at the last seat', async () => {
    const { result, over } = await elect({
      A: ['甲', '乙', '丙', '丁', '戊'],
      B: ['甲', '乙', '丙', '丁', '己'],
      C: ['甲', '乙', '丙', '丁', '戊'],
      D: ['甲', '乙', '丙', '己', '庚'],
      E: ['甲', '乙', '丁', '戊', '己'],
      F: [],
    });
    expect(over.status).toBe(400);
    // Six took part: 甲 乙 5 heads, 丙 丁 4, 戊 己 3 (exactly half: not elected), 庚 1.
    expect(result.result).toBe('counted');
    expect(result.elected).toEqual(['甲', '乙', '丙', '丁']);
    expect(result.vacancies).toBe(1);
    const share = Object.fromEntries(result.tally.candidates.map((c) => [c.id, c.heads.num]));
    expect(share).toMatchObject({ 甲: '5', 乙: '5', 丙: '4', 丁: '4', 戊: '3', 己: '3', 庚: '1' });
  });

  it('never breaks a tie for the last seat silently', async () => {
    // Everyone picks 甲乙丙 and two of 丁戊己: each of those three has 4 of 6 heads and equal area.
    const all = ['甲', '乙', '丙'];
    const { result } = await elect({ A: [...all, '丁', '戊'], B: [...all, '丁', '己'], C: [...all, '戊', '己'], D: [...all, '丁', '戊'], E: [...all, '丁', '己'], F: [...all, '戊', '己'] });
    expect(result.outcome).toBe('tie');
    expect(result.elected).toEqual(all);
    expect(result.tie).toEqual(['丁', '戊', '己']);
    expect(result.tieSeats).toBe(2);
  });
});

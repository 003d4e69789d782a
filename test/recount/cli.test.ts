// The recount tool as anyone runs it: a child process on a file, judged by its exit code, its
// JSON on stdout and the problem it names on stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recount.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

const frac = (num: number, den: number) => ({ num: String(num), den: String(den) });

describe('recount tool', () => {
  it('counts a decision and prints the result with the working as exact fractions', () => {
    const r = run(fixture('decision-good.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.json();
    expect(out.result).toBe('passed');
    // 7 heads (the two-unit owner once, the developer's two units once); 3200.00 m² in all.
    expect(out.totals).toMatchObject({ units: 9, holders: 7, area: '3200.00', participatingHolders: 5, participatingArea: '2400.00' });
    expect(out.tally.quorum).toMatchObject({ area: frac(240000, 320000), heads: frac(5, 7), met: true });
    expect(out.tally.approval).toMatchObject({ area: frac(180000, 240000), heads: frac(3, 5), threshold: '>1/2', met: true });
    expect(out.votes).toEqual({ yes: { heads: 3, area: '1800.00' }, no: { heads: 1, area: '400.00' }, abstain: { heads: 1, area: '200.00' } });
  });

  it('says no_quorum when too few took part', () => {
    const r = run(fixture('decision-no-quorum.json'));
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ result: 'no_quorum', tally: { quorum: { heads: frac(3, 7), met: false } } });
  });

  it('counts an election: elected candidates and the vacancies left', () => {
    const r = run(fixture('election-good.json'));
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ result: 'counted', outcome: 'vacancies', elected: ['张三', '李四', '王五', '赵六'], vacancies: 1, tie: null });
  });

  it('reports a tie at the last seats instead of breaking it', () => {
    const out = run(fixture('election-tie.json')).json();
    expect(out).toMatchObject({ result: 'counted', outcome: 'tie', elected: ['甲'], tie: ['乙', '丙', '丁', '戊', '己'], tieSeats: 4 });
  });

  const refused: Array<[string, string, RegExp]> = [
    ['bad-unknown-unit.json', 'unknown_unit', /ballots\[7\].*u99/],
    ['bad-second-ballot.json', 'duplicate_unit', /ballots\[7\]/],
    ['bad-holder-split.json', 'holder_split', /ballots\[1\]/],
    ['bad-area.json', 'bad_area', /units\[2\]\.area.*89\.505/],
    ['bad-area-number.json', 'bad_area', /units\[1\]\.area/],
    ['bad-choice.json', 'invalid_vote', /maybe/],
    ['bad-item.json', 'bad_item', /item/],
    ['bad-seats.json', 'bad_seats', /seats/],
    ['bad-unknown-candidate.json', 'unknown_candidate', /赵钱/],
    ['bad-too-many-choices.json', 'too_many_choices', /ballots\[6\]/],
  ];
  for (const [file, code, where] of refused) {
    it(`refuses ${file} naming ${code}`, () => {
      const r = run(fixture(file));
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`[${code}]`);
      expect(r.stderr).toMatch(where);
    });
  }

  it('refuses malformed JSON', () => {
    const r = run(fixture('malformed.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是有效的 JSON');
  });

  it('refuses a missing file', () => {
    const r = run(fixture('no-such-file.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('文件不存在');
  });

  it('explains its usage without a file', () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('npm run recount');
  });

  it('lists every problem of a file, not only the first', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recount-'));
    const file = path.join(dir, 'many.json');
    writeFileSync(file, JSON.stringify({ kind: 'decision', item: 1, units: [{ id: 'a', area: '0', holder: 'x' }, { id: 'a', area: '1.00', holder: '' }], ballots: [] }));
    const r = run(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 处问题');
    expect(r.stderr).toMatch(/units\[0\]\.area[\s\S]*units\[1\]\.holder[\s\S]*units\[1\]\.id.*duplicate_roster_unit/);
  });
});

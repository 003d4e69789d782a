import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventId, newId, opId, randomChars, timeKey } from '../../src/domain/ids';

const at = new Date('2026-03-02T09:00:00.000Z');
const clock = { now: () => at };

describe('ids come from the clock they are given', () => {
  it('starts a document id with its kind and the clock time in base 36', () => {
    expect(newId('task', clock)).toMatch(new RegExp(`^task:${at.getTime().toString(36)}[a-z0-9]{6}$`));
    expect(newId('task', at)).toMatch(new RegExp(`^task:${at.getTime().toString(36)}`));
  });

  it('nests a child under its parent and honours the random length', () => {
    expect(newId('visit', clock, { parent: 'care:x1', randomLength: 4 })).toMatch(/^visit:care:x1:[a-z0-9]{8}[a-z0-9]{4}$/);
  });

  it('sorts ids by the clock: a later clock gives a later id whatever the random part', () => {
    const later = new Date(at.getTime() + 1);
    for (let i = 0; i < 50; i++) expect(newId('issue', at) < newId('issue', later)).toBe(true);
  });

  it('keeps ids of the same millisecond apart', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => newId('issue', at)));
    expect(seen.size).toBe(2000);
  });

  it('orders events of one instant by their sequence and starts them with the ISO time', () => {
    const a = eventId(clock);
    const b = eventId(clock);
    expect(a.startsWith(`ev:${at.toISOString()}:`)).toBe(true);
    expect(a < b).toBe(true);
  });

  it("gives operation ids the server's opId rule accepts", () => {
    expect(opId(at)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('draws random characters from the source given', () => {
    expect(randomChars(3, () => 0)).toBe('aaa');
    expect(timeKey(at, 2, () => 0.999)).toBe(`${at.getTime().toString(36)}99`);
  });
});

// The guard: generated ids are built only in src/domain/ids.ts. It forbids, anywhere else in
// src/, server/ and cloudfunctions/, the hand-written pieces of an id generator:
//   - a clock reading turned into base 36 (`getTime().toString(36)`, `Date.now().toString(36)`,
//     `Date.parse(x).toString(36)`): a time-ordered id by hand;
//   - `Math.random().toString(36)`: a random id suffix by hand;
//   - `randomBytes(n).toString('hex')` inside a template literal: a random id by hand.
// Secrets and salts (randomBytes for a session key, a roster salt) are not ids and stay allowed.
const ROOT = join(__dirname, '../..');
const HOME = 'src/domain/ids.ts';
const FORBIDDEN: [string, RegExp][] = [
  ['clock time in base 36', /(getTime\(\)|Date\.now\(\)|Date\.parse\([^)]*\))\.toString\(36\)/],
  ['Math.random() in base 36', /Math\.random\(\)\.toString\(36\)/],
  ['randomBytes in a template id', /`[^`]*\$\{randomBytes\(/],
];

/** The committed sources (generated bundles such as cloudfunctions/api/index.js are ignored by git). */
const sources = (): string[] =>
  execFileSync('git', ['ls-files', '--', 'src', 'server', 'cloudfunctions'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f));

it('no file but src/domain/ids.ts builds a time or random id by hand', () => {
  const files = sources();
  expect(files).toContain(HOME);
  const offences = files
    .filter((f) => f !== HOME)
    .flatMap((f) => {
      const code = readFileSync(join(ROOT, f), 'utf8');
      return FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${f}: ${what}`);
    });
  expect(offences).toEqual([]);
});

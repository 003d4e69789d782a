import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chinaDate } from '../../src/domain/chinaTime';
import { describeRule, occurrences, parseTime, validRule, type Rule } from '../../src/domain/recurrence';

const d = (iso: string) => new Date(iso);
const iso = (dates: Date[]) => dates.map((x) => x.toISOString());
const HOUR = 3_600_000;
const DAY = 86_400_000;

// 2025-03-01 is a Saturday, so 2025-03-03 is a Monday.
const MONDAY_8: Rule = { freq: 'weekly', weekday: 1, time: '08:00' };
const FIRST_5: Rule = { freq: 'monthly', day: 1, time: '05:00' };

describe('occurrences: weekly', () => {
  it('Monday 08:00 CST occurs at 00:00Z on Monday', () => {
    expect(iso(occurrences(MONDAY_8, d('2025-03-01T00:00:00Z'), d('2025-03-15T00:00:00Z')))).toEqual(['2025-03-03T00:00:00.000Z', '2025-03-10T00:00:00.000Z']);
  });

  it('the window (from, to] excludes an occurrence exactly at from and includes one exactly at to', () => {
    expect(iso(occurrences(MONDAY_8, d('2025-03-03T00:00:00Z'), d('2025-03-10T00:00:00Z')))).toEqual(['2025-03-10T00:00:00.000Z']);
  });

  it('includes an occurrence 1 ms after from, and excludes one 1 ms after to', () => {
    expect(iso(occurrences(MONDAY_8, d('2025-03-02T23:59:59.999Z'), d('2025-03-09T23:59:59.999Z')))).toEqual(['2025-03-03T00:00:00.000Z']);
  });

  it('takes the weekday in China time: Monday 07:59 CST is Sunday 23:59Z', () => {
    expect(iso(occurrences({ freq: 'weekly', weekday: 1, time: '07:59' }, d('2025-03-01T00:00:00Z'), d('2025-03-08T00:00:00Z')))).toEqual(['2025-03-02T23:59:00.000Z']);
  });

  it('Monday 00:30 CST falls on Sunday afternoon UTC', () => {
    expect(iso(occurrences({ freq: 'weekly', weekday: 1, time: '00:30' }, d('2025-03-01T00:00:00Z'), d('2025-03-08T00:00:00Z')))).toEqual(['2025-03-02T16:30:00.000Z']);
  });

  it('Sunday is 7, Saturday 6', () => {
    expect(iso(occurrences({ freq: 'weekly', weekday: 7, time: '23:00' }, d('2025-03-01T00:00:00Z'), d('2025-03-08T00:00:00Z')))).toEqual(['2025-03-02T15:00:00.000Z']);
    expect(iso(occurrences({ freq: 'weekly', weekday: 6, time: '12:00' }, d('2025-03-01T00:00:00Z'), d('2025-03-08T00:00:00Z')))).toEqual(['2025-03-01T04:00:00.000Z']);
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('weekday %i occurs once in any 7 days', (weekday) => {
    const out = occurrences({ freq: 'weekly', weekday, time: '10:15' }, d('2025-03-05T07:13:00Z'), d('2025-03-12T07:13:00Z'));
    expect(out).toHaveLength(1);
    expect(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(out[0])).toBe(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][weekday - 1]);
  });
});

describe('occurrences: monthly', () => {
  it('day 1 05:00 CST across a month boundary is the last day of the previous month, 21:00Z', () => {
    expect(iso(occurrences(FIRST_5, d('2025-01-31T00:00:00Z'), d('2025-02-02T00:00:00Z')))).toEqual(['2025-01-31T21:00:00.000Z']);
  });

  it('day 1 05:00 CST across a year boundary', () => {
    expect(iso(occurrences(FIRST_5, d('2024-12-31T00:00:00Z'), d('2025-01-01T00:00:00Z')))).toEqual(['2024-12-31T21:00:00.000Z']);
  });

  it('does not occur in a window that stops just before it', () => {
    expect(occurrences(FIRST_5, d('2025-01-15T00:00:00Z'), d('2025-01-31T20:59:59.999Z'))).toEqual([]);
  });

  it('day 1 over calendar 2025 (UTC): 12 times, January’s falling before the window and next January’s inside', () => {
    const out = iso(occurrences(FIRST_5, d('2025-01-01T00:00:00Z'), d('2026-01-01T00:00:00Z')));
    expect(out).toHaveLength(12);
    expect(out[0]).toBe('2025-01-31T21:00:00.000Z');
    expect(out[11]).toBe('2025-12-31T21:00:00.000Z');
  });

  it('day 28 exists in a non-leap February, and occurs 12 times a year', () => {
    const rule: Rule = { freq: 'monthly', day: 28, time: '09:00' };
    expect(iso(occurrences(rule, d('2025-02-01T00:00:00Z'), d('2025-03-01T00:00:00Z')))).toEqual(['2025-02-28T01:00:00.000Z']);
    expect(occurrences(rule, d('2024-12-31T16:00:00Z'), d('2025-12-31T16:00:00Z'))).toHaveLength(12);
  });

  it('day 15 23:30 CST is 15:30Z the same day', () => {
    expect(iso(occurrences({ freq: 'monthly', day: 15, time: '23:30' }, d('2025-04-01T00:00:00Z'), d('2025-05-01T00:00:00Z')))).toEqual(['2025-04-15T15:30:00.000Z']);
  });
});

describe('occurrences: daily', () => {
  it('over 3 days gives 3 (from excluded, to included)', () => {
    expect(iso(occurrences({ freq: 'daily', time: '08:00' }, d('2025-03-01T00:00:00Z'), d('2025-03-04T00:00:00Z')))).toEqual([
      '2025-03-02T00:00:00.000Z',
      '2025-03-03T00:00:00.000Z',
      '2025-03-04T00:00:00.000Z',
    ]);
  });

  it('over 3 days gives 3 when the time falls strictly inside', () => {
    expect(iso(occurrences({ freq: 'daily', time: '09:00' }, d('2025-03-01T00:00:00Z'), d('2025-03-04T00:00:00Z')))).toEqual([
      '2025-03-01T01:00:00.000Z',
      '2025-03-02T01:00:00.000Z',
      '2025-03-03T01:00:00.000Z',
    ]);
  });

  it('00:00 CST is 16:00Z the day before', () => {
    expect(iso(occurrences({ freq: 'daily', time: '00:00' }, d('2025-03-01T00:00:00Z'), d('2025-03-02T00:00:00Z')))).toEqual(['2025-03-01T16:00:00.000Z']);
  });

  it('over a (non-leap) year gives 365, in time order, one per China date', () => {
    const out = occurrences({ freq: 'daily', time: '06:45' }, d('2024-12-31T16:00:00Z'), d('2025-12-31T16:00:00Z'));
    expect(out).toHaveLength(365);
    for (let i = 1; i < out.length; i++) expect(out[i].getTime() - out[i - 1].getTime()).toBe(DAY);
    expect(new Set(out.map((d) => chinaDate(d))).size).toBe(365);
  });

  it('a window shorter than a day holds at most one', () => {
    expect(occurrences({ freq: 'daily', time: '12:00' }, d('2025-03-01T03:00:00Z'), d('2025-03-01T05:00:00Z'))).toHaveLength(1);
    expect(occurrences({ freq: 'daily', time: '12:00' }, d('2025-03-01T04:00:00Z'), d('2025-03-01T05:00:00Z'))).toHaveLength(0);
  });
});

describe('occurrences: degenerate windows and rules', () => {
  it('an empty window (to = from) or a reversed one gives nothing', () => {
    expect(occurrences(MONDAY_8, d('2025-03-03T00:00:00Z'), d('2025-03-03T00:00:00Z'))).toEqual([]);
    expect(occurrences(MONDAY_8, d('2025-03-15T00:00:00Z'), d('2025-03-01T00:00:00Z'))).toEqual([]);
  });

  it('a rule with an unreadable time gives nothing', () => {
    expect(occurrences({ freq: 'daily', time: '25:00' }, d('2025-03-01T00:00:00Z'), d('2025-03-10T00:00:00Z'))).toEqual([]);
  });

  it('returns real Dates', () => {
    const [first] = occurrences(MONDAY_8, d('2025-03-01T00:00:00Z'), d('2025-03-15T00:00:00Z'));
    expect(first).toBeInstanceOf(Date);
  });
});

// Deterministic PRNG (mulberry32).
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('occurrences: against a brute-force walk (property)', () => {
  it('matches a half-hour-by-half-hour scan of the window, 300 random rules and windows', () => {
    const STEP = 30 * 60_000;
    for (let seed = 1; seed <= 300; seed++) {
      const rand = rng(seed);
      const int = (n: number) => Math.floor(rand() * n);
      const h = int(24);
      const m = int(2) * 30;
      const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      const kind = int(3);
      const rule: Rule = kind === 0 ? { freq: 'daily', time } : kind === 1 ? { freq: 'weekly', weekday: 1 + int(7), time } : { freq: 'monthly', day: 1 + int(28), time };
      const aligned = (ms: number) => (rand() < 0.5 ? ms - (ms % STEP) : ms);
      const from = aligned(Date.UTC(2024, 0, 1) + int(800 * DAY) + int(DAY));
      const to = aligned(from + int(45 * DAY));

      const want: string[] = [];
      for (let t = from - (from % STEP) + STEP; t <= to; t += STEP) {
        const local = new Date(t + 8 * HOUR); // China wall clock, read with UTC getters
        if (local.getUTCHours() !== h || local.getUTCMinutes() !== m) continue;
        if (rule.freq === 'weekly' && (local.getUTCDay() || 7) !== rule.weekday) continue;
        if (rule.freq === 'monthly' && local.getUTCDate() !== rule.day) continue;
        want.push(new Date(t).toISOString());
      }
      expect({ seed, rule, from: new Date(from).toISOString(), to: new Date(to).toISOString(), got: iso(occurrences(rule, new Date(from), new Date(to))) }).toEqual({
        seed,
        rule,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        got: want,
      });
    }
  });

  it('agrees with the Asia/Shanghai time zone database on weekday, day and clock time', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const parts = (x: Date) => Object.fromEntries(fmt.formatToParts(x).map((p) => [p.type, p.value]));
    for (const at of occurrences({ freq: 'weekly', weekday: 3, time: '19:05' }, d('2025-01-01T00:00:00Z'), d('2025-03-01T00:00:00Z'))) {
      expect(parts(at)).toMatchObject({ weekday: 'Wed', hour: '19', minute: '05' });
    }
    for (const at of occurrences({ freq: 'monthly', day: 10, time: '00:10' }, d('2025-01-01T00:00:00Z'), d('2026-01-01T00:00:00Z'))) {
      expect(parts(at)).toMatchObject({ day: '10', hour: '00', minute: '10' });
    }
  });
});

describe('server time zone does not matter', () => {
  // Jest cannot change the process time zone mid-run, so the exact-ISO tests above carry the
  // behaviour; this pins the means: no Date method that reads or writes the server's local time.
  const code = readFileSync(join(__dirname, '../../src/domain/recurrence.ts'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

  it('recurrence.ts uses only UTC Date getters', () => {
    expect(code).not.toMatch(/\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\s*\(/);
    expect(code).not.toMatch(/\.toLocale\w*\s*\(|\.toString\s*\(\)|\.toDateString\s*\(|\.toTimeString\s*\(/);
    expect(code).not.toMatch(/new Date\([^()]*,/); // new Date(y, m, d) is local time
    expect(code).not.toMatch(/Date\.parse\s*\(/);
  });
});

describe('chinaDate', () => {
  it('gives the China calendar date: 15:59:59.999Z is still that day, 16:00Z is the next', () => {
    expect(chinaDate(d('2025-01-01T15:59:59.999Z'))).toBe('2025-01-01');
    expect(chinaDate(d('2025-01-01T16:00:00.000Z'))).toBe('2025-01-02');
    expect(chinaDate(d('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
    expect(chinaDate(d('2024-02-28T16:00:00.000Z'))).toBe('2024-02-29');
  });
});

describe('parseTime', () => {
  it.each([
    ['00:00', { h: 0, m: 0 }],
    ['08:05', { h: 8, m: 5 }],
    ['19:59', { h: 19, m: 59 }],
    ['23:59', { h: 23, m: 59 }],
  ])('reads %s', (text, want) => {
    expect(parseTime(text)).toEqual(want);
  });

  it.each(['24:00', '25:00', '8:00', '08:60', '0800', '08:00:00', ' 08:00', '08:00 ', '', '０８:００', 'ab:cd'])('refuses %j', (text) => {
    expect(parseTime(text)).toBeNull();
  });
});

describe('validRule', () => {
  it.each<[string, Rule]>([
    ['daily 00:00', { freq: 'daily', time: '00:00' }],
    ['daily 23:59', { freq: 'daily', time: '23:59' }],
    ['weekly Monday (1)', { freq: 'weekly', weekday: 1, time: '08:00' }],
    ['weekly Sunday (7)', { freq: 'weekly', weekday: 7, time: '08:00' }],
    ['monthly day 1', { freq: 'monthly', day: 1, time: '05:00' }],
    ['monthly day 28', { freq: 'monthly', day: 28, time: '05:00' }],
  ])('accepts %s', (_why, rule) => {
    expect(validRule(rule)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['time 25:00', { freq: 'daily', time: '25:00' }],
    ['time 24:00', { freq: 'daily', time: '24:00' }],
    ['time 8:00 (one digit)', { freq: 'daily', time: '8:00' }],
    ['weekly with a bad time', { freq: 'weekly', weekday: 1, time: '12:61' }],
    ['monthly with a bad time', { freq: 'monthly', day: 1, time: '' }],
    ['weekday 0', { freq: 'weekly', weekday: 0, time: '08:00' }],
    ['weekday 8', { freq: 'weekly', weekday: 8, time: '08:00' }],
    ['weekday 1.5', { freq: 'weekly', weekday: 1.5, time: '08:00' }],
    ['weekday NaN', { freq: 'weekly', weekday: NaN, time: '08:00' }],
    ['weekday "1" (a string)', { freq: 'weekly', weekday: '1', time: '08:00' }],
    ['weekly without a weekday', { freq: 'weekly', time: '08:00' }],
    ['day 0', { freq: 'monthly', day: 0, time: '05:00' }],
    ['day 29', { freq: 'monthly', day: 29, time: '05:00' }],
    ['day 31', { freq: 'monthly', day: 31, time: '05:00' }],
    ['day 2.5', { freq: 'monthly', day: 2.5, time: '05:00' }],
    ['monthly without a day', { freq: 'monthly', time: '05:00' }],
    ['an unknown frequency', { freq: 'yearly', time: '05:00' }],
  ])('rejects %s', (_why, rule) => {
    expect(validRule(rule as Rule)).toBe(false);
  });
});

describe('describeRule', () => {
  it.each<[Rule, string]>([
    [{ freq: 'daily', time: '06:00' }, '每天 06:00'],
    [{ freq: 'weekly', weekday: 1, time: '08:00' }, '每周一 08:00'],
    [{ freq: 'weekly', weekday: 3, time: '08:00' }, '每周三 08:00'],
    [{ freq: 'weekly', weekday: 6, time: '08:00' }, '每周六 08:00'],
    [{ freq: 'weekly', weekday: 7, time: '20:30' }, '每周日 20:30'],
    [{ freq: 'monthly', day: 1, time: '05:00' }, '每月1日 05:00'],
    [{ freq: 'monthly', day: 28, time: '05:00' }, '每月28日 05:00'],
  ])('describes %j as %s', (rule, text) => {
    expect(describeRule(rule)).toBe(text);
  });
});

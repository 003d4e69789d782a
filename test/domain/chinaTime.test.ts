import { spawnSync } from 'node:child_process';
import { chinaClock, chinaDate, chinaDateTime, chinaDayStart, chinaDays, chinaMonth, chinaParts, chinaTyped, fromChina, fromChinaTyped, inChina } from '../../src/domain/chinaTime';

// China time is UTC+8 all year, whatever zone the process runs in (the test runner's TZ is not China's).
describe('chinaTime', () => {
  it('reads the China calendar: 15:59:59.999Z is still that day, 16:00Z is the next, across a year end and a leap day', () => {
    expect(chinaDate('2025-01-01T15:59:59.999Z')).toBe('2025-01-01');
    expect(chinaDate('2025-01-01T16:00:00.000Z')).toBe('2025-01-02');
    expect(chinaDate(new Date('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
    expect(chinaDate(Date.parse('2024-02-28T16:00:00.000Z'))).toBe('2024-02-29');
    expect(chinaMonth('2024-12-31T16:00:00.000Z')).toBe('2025-01');
  });

  it('turns a wall-clock time in China into the instant, and back', () => {
    expect(fromChina('2026-03-07', '08:00').toISOString()).toBe('2026-03-07T00:00:00.000Z');
    expect(fromChina('2026-03-07', '07:59').toISOString()).toBe('2026-03-06T23:59:00.000Z');
    expect(fromChina('2026-03-07').toISOString()).toBe('2026-03-06T16:00:00.000Z');
    expect(chinaClock(fromChina('2026-03-07', '19:30'))).toBe('19:30');
  });

  it('writes the date and time people read on paper, and nothing for a missing or broken time', () => {
    expect(chinaDateTime('2026-03-02T09:05:09.123Z')).toBe('2026-03-02 17:05:09');
    expect(chinaDateTime(null)).toBe('');
    expect(chinaDateTime('soon')).toBe('');
  });

  it('names the parts of a moment in China: a Saturday 00:30 there is still Friday in UTC', () => {
    expect(chinaParts('2026-03-06T16:30:00.000Z')).toEqual({ y: 2026, m: 3, d: 7, hh: 0, mm: 30, weekday: 6 });
    expect(chinaParts('not a time')).toBeNull();
    expect(inChina('2026-03-06T16:30:00.000Z').day()).toBe(6);
  });

  it('counts days from China midnight, and lists the days between two instants', () => {
    expect(chinaDayStart('2026-03-06T16:30:00.000Z').toISOString()).toBe('2026-03-06T16:00:00.000Z');
    expect(chinaDayStart('2026-03-06T15:30:00.000Z', 2).toISOString()).toBe('2026-03-07T16:00:00.000Z');
    expect(chinaDays('2026-02-27T16:00:00.000Z', '2026-03-01T15:59:00.000Z')).toEqual(['2026-02-28', '2026-03-01']);
  });
});

describe('typed times', () => {
  it('shows an instant as it is typed, on China’s clock', () => {
    expect(chinaTyped('2026-03-20T17:05:00Z')).toBe('2026-03-21 01:05');
  });

  it('reads what was typed as China time, a date alone at the time given', () => {
    expect(fromChinaTyped('2026-3-5 8:05', '18:00')?.toISOString()).toBe('2026-03-05T00:05:00.000Z');
    expect(fromChinaTyped('2026-03-20T14:30', '18:00')?.toISOString()).toBe('2026-03-20T06:30:00.000Z');
    expect(fromChinaTyped('2026-12-31', '23:59')?.toISOString()).toBe('2026-12-31T15:59:00.000Z');
  });

  it('refuses a day the month does not have, an hour past 23 and anything else', () => {
    for (const text of ['2026-02-29', '2026-04-31', '2026-03-20 24:00', '2026-03-20 12:60', '明天', '']) expect(fromChinaTyped(text, '18:00')).toBeNull();
    expect(fromChinaTyped('2028-02-29', '18:00')).not.toBeNull();
  });

  it('gives back what it shows', () => {
    expect(chinaTyped(fromChinaTyped('2026-11-20 15:00', '00:00')!)).toBe('2026-11-20 15:00');
  });
});

describe('whatever the zone it runs in', () => {
  // The phone runs in its own zone (China's, mostly), the cloud function in UTC: the same answers.
  // jest's process.env is the worker's copy (setting TZ there changes nothing), so each zone runs
  // the module in a node process of its own.
  const probe = `
    const t = require('./src/domain/chinaTime.ts');
    console.log(JSON.stringify([
      new Date(2030, 5, 1).getTimezoneOffset(),
      t.fromChina('2030-06-01', '18:00').toISOString(),
      t.fromChinaTyped('2030-06-01 18:00', '23:59')?.toISOString(),
      t.fromChinaTyped('2030-06-01', '23:59')?.toISOString(),
      t.chinaDate('2030-06-01T16:30:00Z'),
      t.chinaTyped('2030-06-01T10:00:00Z'),
      t.chinaDayStart('2030-06-01T16:30:00Z', 1).toISOString(),
      t.chinaParts('2030-06-01T10:00:00Z'),
    ]));`;

  it.each([
    ['UTC', 0],
    ['Asia/Shanghai', -480],
    ['America/New_York', 240],
    ['Pacific/Kiritimati', -840],
  ])('gives the same instants and days in %s', (tz, offset) => {
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), '-e', probe], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      offset,
      '2030-06-01T10:00:00.000Z',
      '2030-06-01T10:00:00.000Z',
      '2030-06-01T15:59:00.000Z',
      '2030-06-02',
      '2030-06-01 18:00',
      '2030-06-02T16:00:00.000Z',
      { y: 2030, m: 6, d: 1, hh: 18, mm: 0, weekday: 6 },
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  arrivalKey,
  canCancel,
  canSeeCare,
  canManageCare,
  cancelClosesAt,
  checkInOpen,
  creditMinutes,
  freeSeats,
  hoursText,
  lastMonths,
  monthOf,
  orderViolations,
  remindToday,
  seatNumber,
  seatsToTry,
  seriesStarts,
  totalMinutes,
  waitlistPositions,
} from '../../src/domain/volunteers';

const H = 3_600_000;

describe('seats and the waitlist', () => {
  it('offers the free seat numbers lowest first, never beyond capacity', () => {
    expect(freeSeats(5, [2, 4, 9])).toEqual([1, 3, 5]);
    expect(freeSeats(3, [1, 2, 3])).toEqual([]);
    expect(seatNumber('seat:act:x:2026-03-07T00:00:00.000Z:12')).toBe(12);
  });

  it('picks up to the asked number of distinct free seats to try, at random, never a taken one', () => {
    const free = [1, 3, 5, 7, 9];
    const values = [0.99, 0, 0.5];
    const picked = seatsToTry(free, 3, () => values.shift()!);
    expect(picked).toEqual([9, 1, 3]);
    expect(seatsToTry([4, 6], 3, () => 0.999)).toEqual([6, 4]);
    expect(seatsToTry([], 3)).toEqual([]);
    for (let i = 0; i < 50; i++) {
      const some = seatsToTry(free, 3);
      expect(new Set(some).size).toBe(3);
      some.forEach((n) => expect(free).toContain(n));
    }
  });

  it('spreads many sign-ups over the seats instead of all trying the lowest first', () => {
    const free = Array.from({ length: 50 }, (_, i) => i + 1);
    const firstPicks = new Set(Array.from({ length: 500 }, () => seatsToTry(free, 1)[0]));
    expect(firstPicks.size).toBeGreaterThan(40);
  });

  it('orders arrival keys by server time, then by sequence within a millisecond', () => {
    const t = new Date('2026-03-02T09:00:00.000Z');
    const keys = [arrivalKey(t, 10, 'b'), arrivalKey(t, 9, 'z'), arrivalKey(new Date(t.getTime() + 1), 1, 'a')];
    expect([...keys].sort()).toEqual([keys[1], keys[0], keys[2]]);
  });

  it('numbers the waitlist by arrival and counts positions that disagree with it', () => {
    const listed = waitlistPositions([{ id: 'c', arrival: '3' }, { id: 'a', arrival: '1' }, { id: 'b', arrival: '2' }]);
    expect(listed.map((e) => [e.id, e.position])).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(orderViolations(listed)).toBe(0);
    expect(orderViolations([{ position: 1, arrival: '2' }, { position: 2, arrival: '1' }, { position: 3, arrival: '3' }])).toBe(1);
  });
});

describe('cancelling', () => {
  const start = '2026-03-07T00:00:00.000Z';
  it('closes for a confirmed place 2 hours before the start by default, or as configured', () => {
    expect(cancelClosesAt(start).toISOString()).toBe('2026-03-06T22:00:00.000Z');
    expect(canCancel('confirmed', start, new Date(Date.parse(start) - 2 * H - 1))).toBe(true);
    expect(canCancel('confirmed', start, new Date(Date.parse(start) - 2 * H))).toBe(false);
    expect(canCancel('confirmed', start, new Date(Date.parse(start) - 5 * H), 6)).toBe(false);
  });
  it('lets a waitlisted person leave until the start, and nothing else cancel', () => {
    expect(canCancel('waitlisted', start, new Date(Date.parse(start) - 1))).toBe(true);
    expect(canCancel('waitlisted', start, new Date(start))).toBe(false);
    expect(canCancel('cancelled', start, new Date(0))).toBe(false);
  });
});

describe('hours', () => {
  it('credits the scheduled length in half hours, from confirmed attendance only', () => {
    expect(creditMinutes('2026-03-07T00:00:00Z', '2026-03-07T02:00:00Z')).toBe(120);
    expect(creditMinutes('2026-03-07T00:00:00Z', '2026-03-07T01:20:00Z')).toBe(90);
    expect(creditMinutes('2026-03-07T00:00:00Z', '2026-03-07T00:05:00Z')).toBe(30);
    expect(creditMinutes('2026-03-07T02:00:00Z', '2026-03-07T00:00:00Z')).toBe(0);
    expect(totalMinutes([{ minutes: 120, confirmed: true }, { minutes: 90, confirmed: false }])).toBe(120);
    expect([hoursText(150), hoursText(120), hoursText(0)]).toEqual(['2.5', '2', '0']);
  });
  it('files hours under the China-time month', () => {
    expect(monthOf('2026-02-28T17:00:00Z')).toBe('2026-03');
    expect(lastMonths(new Date('2026-02-10T00:00:00Z'), 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});

describe('recurrence, reminders and check-in', () => {
  it('expands "every Saturday 08:00" in China time', () => {
    const starts = seriesStarts({ freq: 'weekly', weekday: 6, time: '08:00' }, new Date('2026-03-02T00:00:00Z'), new Date('2026-03-16T00:00:00Z'));
    expect(starts.map((d) => d.toISOString())).toEqual(['2026-03-07T00:00:00.000Z', '2026-03-14T00:00:00.000Z']);
  });
  it('reminds on the China-time day before the start', () => {
    const start = '2026-03-07T00:00:00.000Z'; // Saturday 08:00 CST
    expect(remindToday(start, new Date('2026-03-06T04:00:00Z'))).toBe(true); // Friday noon
    expect(remindToday(start, new Date('2026-03-05T15:00:00Z'))).toBe(false); // Thursday 23:00
    expect(remindToday(start, new Date('2026-03-06T16:30:00Z'))).toBe(false); // Saturday 00:30
  });
  it('opens check-in an hour before until two hours after', () => {
    expect(checkInOpen('2026-03-07T00:00:00Z', '2026-03-07T02:00:00Z', new Date('2026-03-06T23:00:00Z'))).toBe(true);
    expect(checkInOpen('2026-03-07T00:00:00Z', '2026-03-07T02:00:00Z', new Date('2026-03-06T22:59:00Z'))).toBe(false);
    expect(checkInOpen('2026-03-07T00:00:00Z', '2026-03-07T02:00:00Z', new Date('2026-03-07T04:01:00Z'))).toBe(false);
  });
});

describe('care access', () => {
  const pair = { volunteerIds: ['user:v'] };
  it('lets the paired volunteers, the care leader and the community see a record, nobody else', () => {
    expect(canSeeCare({ userId: 'user:v', roles: [] }, pair, 'user:l')).toBe(true);
    expect(canSeeCare({ userId: 'user:l', roles: [] }, pair, 'user:l')).toBe(true);
    expect(canSeeCare({ userId: 'user:c', roles: ['community'] }, pair, 'user:l')).toBe(true);
    for (const roles of [['committee'], ['manager'], ['admin'], ['staff'], ['owner']]) expect(canSeeCare({ userId: 'user:x', roles }, pair, 'user:l')).toBe(false);
    expect(canManageCare({ userId: 'user:v', roles: [] }, 'user:l')).toBe(false);
  });
});

it('stays pure: imports only sibling domain modules, no Node globals', () => {
  const code = readFileSync(join(__dirname, '../../src/domain/volunteers.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (const m of code.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) expect(m[1]).toMatch(/^\.\/[\w.]+$/);
  expect(code).not.toMatch(/\b(require\s*\(|process\.|Buffer\b|__dirname|global\.)/);
});

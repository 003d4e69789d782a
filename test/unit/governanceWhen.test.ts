// The 议事 screens' typed times are China time whatever the phone's zone (src/packages/governance/components/when.ts).
import { inDays, parseTime, showDate, showTime } from '../../src/packages/governance/components/when';

describe('typed times on the 议事 screens', () => {
  it('reads a typed date and time as China time', () => {
    expect(parseTime('2026-03-20 14:30')).toBe('2026-03-20T06:30:00.000Z');
    expect(parseTime(' 2026-3-5T08:05 ')).toBe('2026-03-05T00:05:00.000Z');
  });

  it('takes a date alone as 18:00 that day', () => {
    expect(parseTime('2026-03-20')).toBe('2026-03-20T10:00:00.000Z');
  });

  it('refuses what is not a time rather than moving it', () => {
    for (const text of ['', '明天', '2026-02-30', '2026-13-01', '2026-03-20 24:00', '2026-03-20 14:60', '20-03-2026']) expect(parseTime(text)).toBeNull();
  });

  it('shows an instant on China’s wall clock, also across midnight', () => {
    expect(showTime('2026-03-20T06:30:00.000Z')).toBe('2026-03-20 14:30');
    expect(showTime('2026-03-20T17:00:00.000Z')).toBe('2026-03-21 01:00');
    expect(showDate('2026-03-20T17:00:00.000Z')).toBe('2026-03-21');
  });

  it('gives what it shows back when typed again', () => {
    const iso = '2026-11-20T07:00:00.000Z';
    expect(parseTime(showTime(iso))).toBe(iso);
  });

  it('offers a due date some days ahead at 18:00 China time', () => {
    const typed = inDays(7);
    expect(typed).toMatch(/^\d{4}-\d{2}-\d{2} 18:00$/);
    const due = Date.parse(parseTime(typed)!);
    expect(due - Date.now()).toBeGreaterThan(6 * 86_400_000);
    expect(due - Date.now()).toBeLessThan(8 * 86_400_000);
  });
});

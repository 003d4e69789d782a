// The times volunteers read: China's wall clock whatever the server's or the phone's zone.
import { chinaDayLabel, shiftTime } from '../../src/domain/volunteers';

describe('shift times in China time', () => {
  it('says a Saturday morning shift as China reads it, from UTC instants', () => {
    expect(shiftTime('2026-03-07T00:00:00.000Z', '2026-03-07T02:00:00.000Z')).toBe('3月7日 周六 08:00–10:00');
  });

  it('moves to the next China day when UTC is still on the day before', () => {
    expect(shiftTime('2026-03-06T23:30:00.000Z', '2026-03-07T01:00:00.000Z')).toBe('3月7日 周六 07:30–09:00');
    expect(chinaDayLabel('2026-12-31T16:00:00.000Z')).toBe('1月1日 周五');
  });
});

import { LEAK_FACTOR, LEAK_HISTORY, LEAK_MIN_HISTORY, checkReading, formatReading, parseReading, suspectLeak } from '../../src/domain/meters';

describe('parseReading', () => {
  it.each([
    ['1234.5', 123450],
    ['1234.56', 123456],
    ['1234.05', 123405],
    ['1234', 123400],
    ['0', 0],
    ['0.01', 1],
    ['0.1', 10],
    ['007.5', 750],
    ['999999999.99', 99_999_999_999],
    ['１２３４．５６', 123456],
    ['１２３４．５', 123450],
    ['  1234.5  ', 123450],
    ['\u30001234.5\u3000', 123450],
    ['\uFEFF1234.5\u200B', 123450],
    ['1234.5 m3', 123450],
    ['1234.5m³', 123450],
    ['1234.5 M3', 123450],
    ['1234.5方', 123450],
    ['1234.5立方', 123450],
    ['1234.5 立方米', 123450],
  ])('reads %j as %i hundredths of m³', (text, centi) => {
    expect(parseReading(text)).toBe(centi);
  });

  it.each([
    ['three decimals', '12.345'],
    ['a negative number', '-1'],
    ['scientific notation', '1e3'],
    ['empty', ''],
    ['blank', '   '],
    ['a plus sign', '+1'],
    ['a thousands separator', '1,234.5'],
    ['a comma as decimal mark', '1234,5'],
    ['a trailing dot', '1234.'],
    ['a leading dot', '.5'],
    ['two dots', '1.2.3'],
    ['ten integer digits', '1234567890'],
    ['hex', '0x10'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['letters', 'abc'],
    ['a unit alone', 'm3'],
    ['an inner space', '12 34'],
    ['a unit before the number', '方1234'],
  ])('refuses %s (%j)', (_why, text) => {
    expect(parseReading(text)).toBeNull();
  });

  it('returns exact integers (no binary fractions): 0.29 is 29, not 28.999…', () => {
    expect(parseReading('0.29')).toBe(29);
    expect(parseReading('1.13')).toBe(113);
    for (const s of ['0.07', '4.35', '8.2', '123.45']) expect(Number.isInteger(parseReading(s))).toBe(true);
  });
});

describe('formatReading', () => {
  it.each([
    [123450, '1234.50'],
    [123456, '1234.56'],
    [123405, '1234.05'],
    [100, '1.00'],
    [1, '0.01'],
    [10, '0.10'],
    [0, '0.00'],
    [99_999_999_999, '999999999.99'],
  ])('formats %i as %s', (centi, text) => {
    expect(formatReading(centi)).toBe(text);
  });

  it('round-trips with parseReading', () => {
    for (const centi of [0, 1, 9, 10, 99, 100, 101, 12345, 123450, 987654321]) expect(parseReading(formatReading(centi))).toBe(centi);
  });
});

describe('checkReading', () => {
  it('accepts a reading equal to the previous one, with no consumption', () => {
    expect(checkReading(123450, 123450, false)).toEqual({ ok: true, consumption: 0 });
  });

  it('refuses a reading one hundredth below the previous one', () => {
    expect(checkReading(123450, 123449, false)).toEqual({ ok: false, reason: 'below_previous' });
  });

  it('accepts a reading below the previous one when the meter was replaced, counting from zero', () => {
    expect(checkReading(123450, 123449, true)).toEqual({ ok: true, consumption: 123449 });
    expect(checkReading(123450, 250, true)).toEqual({ ok: true, consumption: 250 });
    expect(checkReading(123450, 0, true)).toEqual({ ok: true, consumption: 0 });
  });

  it('counts a replaced meter’s reading as its whole consumption even when above the previous', () => {
    expect(checkReading(100, 500, true)).toEqual({ ok: true, consumption: 500 });
  });

  it('takes the difference as consumption', () => {
    expect(checkReading(123450, 123451, false)).toEqual({ ok: true, consumption: 1 });
    expect(checkReading(123450, 125000, false)).toEqual({ ok: true, consumption: 1550 });
  });

  it('accepts a first reading with no consumption', () => {
    expect(checkReading(null, 123450, false)).toEqual({ ok: true, consumption: 0 });
    expect(checkReading(null, 0, false)).toEqual({ ok: true, consumption: 0 });
  });

  it('a first reading on a new meter counts from zero', () => {
    expect(checkReading(null, 300, true)).toEqual({ ok: true, consumption: 300 });
  });

  it('a previous reading of 0 is a reading, not a missing one', () => {
    expect(checkReading(0, 500, false)).toEqual({ ok: true, consumption: 500 });
  });
});

describe('suspectLeak', () => {
  it('uses 3× the median of the last 6 periods, needing at least 3', () => {
    expect([LEAK_FACTOR, LEAK_HISTORY, LEAK_MIN_HISTORY]).toEqual([3, 6, 3]);
  });

  it('does not suspect a consumption of exactly 3× the median', () => {
    expect(suspectLeak([1000, 1000, 1000], 3000)).toEqual({ suspected: false, median: 1000 });
  });

  it('suspects a consumption 0.01 m³ above 3× the median', () => {
    expect(suspectLeak([1000, 1000, 1000], 3001)).toEqual({ suspected: true, median: 1000 });
  });

  it('uses the mean of the middle two for an even history, at the exact boundary', () => {
    // median of 100, 200, 300, 400 is 250: 750 is exactly 3×, 751 is above
    expect(suspectLeak([400, 100, 300, 200], 750)).toEqual({ suspected: false, median: 250 });
    expect(suspectLeak([400, 100, 300, 200], 751)).toEqual({ suspected: true, median: 250 });
  });

  it('with a half-hundredth median: 3 × 150.5 = 451.5, so 451 is fine and 452 is suspected', () => {
    expect(suspectLeak([100, 150, 151, 200], 451)).toEqual({ suspected: false, median: 150.5 });
    expect(suspectLeak([100, 150, 151, 200], 452)).toEqual({ suspected: true, median: 150.5 });
  });

  it.each([
    ['no history', []],
    ['one period', [10]],
    ['two periods', [10, 10]],
  ])('never suspects with %s, however large the consumption', (_why, history) => {
    expect(suspectLeak(history, 1_000_000_000)).toEqual({ suspected: false, median: null });
  });

  it('with exactly 3 periods, judges', () => {
    expect(suspectLeak([10, 10, 10], 31)).toEqual({ suspected: true, median: 10 });
  });

  it('counts only the last 6 periods (the end of the list)', () => {
    // The last six are 10, 10, 10, 100, 100, 100 → median 55. With 7 periods it would be 10, with
    // 5 it would be 100, with the first six 10.
    const history = [10, 10, 10, 10, 100, 100, 100];
    expect(suspectLeak(history, 165)).toEqual({ suspected: false, median: 55 });
    expect(suspectLeak(history, 166)).toEqual({ suspected: true, median: 55 });
  });

  it('forgets a long-ago heavy period once 6 newer ones exist', () => {
    const old = [5000, 5000, 5000, 5000, 5000, 5000];
    expect(suspectLeak([...old, 100, 100, 100, 100, 100, 100], 301)).toEqual({ suspected: true, median: 100 });
    expect(suspectLeak([...old, 100, 100, 100], 301)).toEqual({ suspected: false, median: 2550 });
  });

  it('is not fooled by one past leak in the history (median, not mean)', () => {
    expect(suspectLeak([100, 100, 100, 100, 100, 9000], 301)).toEqual({ suspected: true, median: 100 });
  });

  it('on an empty flat (median 0) any consumption at all is suspected, none is not', () => {
    expect(suspectLeak([0, 0, 0], 0)).toEqual({ suspected: false, median: 0 });
    expect(suspectLeak([0, 0, 0], 1)).toEqual({ suspected: true, median: 0 });
  });

  it('does not change the history it is given', () => {
    const history = [300, 100, 200, 50, 60, 70, 80];
    suspectLeak(history, 1);
    expect(history).toEqual([300, 100, 200, 50, 60, 70, 80]);
  });
});

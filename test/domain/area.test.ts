import { formatArea, parseArea, sumAreas } from '../../src/domain/area';

describe('parseArea', () => {
  it.each([
    ['89.5', 8950],
    ['89.50', 8950],
    ['89', 8900],
    ['0.01', 1],
    ['89.50㎡', 8950],
    ['89.5 ㎡', 8950],
    ['８９．５', 8950],
    ['８９．５０㎡', 8950],
    [' 120 m2 ', 12000],
    ['120M2', 12000],
    ['120m²', 12000],
    ['120平方米', 12000],
    ['120平米', 12000],
    ['120平方', 12000],
    ['1,234.56', 123456],
    ['1,234,567.8', 123456780],
    ['１，２３４．５６', 123456],
    ['089.5', 8950],
    ['\uFEFF89.5\u200B', 8950],
  ])('reads %j as %i hundredths of m²', (text, centi) => {
    expect(parseArea(text)).toBe(centi);
  });

  it.each([
    ['more than two decimals', '89.555'],
    ['more than two decimals even if zeros', '89.500'],
    ['negative', '-89.5'],
    ['explicit plus sign', '+89.5'],
    ['zero', '0'],
    ['zero with decimals', '0.00'],
    ['empty', ''],
    ['blank', '   '],
    ['letters', 'abc'],
    ['exponent notation', '1e3'],
    ['trailing dot', '89.'],
    ['leading dot', '.5'],
    ['two dots', '1.2.3'],
    ['misplaced thousands separator', '12,34.5'],
    ['separator with two digits', '1,23'],
    ['inner space', '1 234'],
    ['unit only', '㎡'],
    ['unknown unit', '89.5亩'],
    ['Infinity', 'Infinity'],
    ['absurdly large', '99999999999999'],
  ])('refuses %s (%j)', (_why, text) => {
    expect(parseArea(text)).toBeNull();
  });

  it('is exact where float arithmetic is not (0.29 * 100 = 28.999999999999996)', () => {
    expect(0.29 * 100).not.toBe(29);
    expect(parseArea('0.29')).toBe(29);
    expect(parseArea('1.15')).toBe(115);
    expect(parseArea('4.35')).toBe(435);
  });

  it('handles the largest accepted integer part exactly', () => {
    expect(parseArea('9999999999999.99')).toBe(999999999999999);
    expect(Number.isSafeInteger(parseArea('9999999999999.99'))).toBe(true);
  });
});

describe('formatArea', () => {
  it.each([
    [8950, '89.50'],
    [8900, '89.00'],
    [1, '0.01'],
    [10, '0.10'],
    [0, '0.00'],
    [123456, '1234.56'],
    [-5, '-0.05'],
    [-8950, '-89.50'],
  ])('formats %i as %j', (centi, text) => {
    expect(formatArea(centi)).toBe(text);
  });

  it('formats large values without float rounding (x99 centi near 2^53)', () => {
    expect(formatArea(9007199254740991)).toBe('90071992547409.91');
    expect(formatArea(999999999999999)).toBe('9999999999999.99');
  });

  it('round-trips with parseArea', () => {
    for (const centi of [1, 99, 100, 8950, 123456, 987654321]) {
      expect(parseArea(formatArea(centi))).toBe(centi);
    }
  });

  it('refuses non-integers, because a float means exactness was already lost', () => {
    expect(() => formatArea(89.5)).toThrow(RangeError);
    expect(() => formatArea(Number.NaN)).toThrow(RangeError);
  });
});

describe('sumAreas', () => {
  it('adds integer hundredths exactly', () => {
    expect(sumAreas([8950, 10, 1])).toBe(8961);
    // 0.1 + 0.2 in m² would be 0.30000000000000004 as floats.
    expect(sumAreas([parseArea('0.1')!, parseArea('0.2')!])).toBe(30);
  });

  it('is 0 for no areas', () => {
    expect(sumAreas([])).toBe(0);
  });

  it('sums 100k units of 10^8 centi exactly (10^13)', () => {
    expect(sumAreas(new Array(100_000).fill(100_000_000))).toBe(10_000_000_000_000);
  });

  it('refuses a float in the list', () => {
    expect(() => sumAreas([100, 0.5])).toThrow(RangeError);
  });

  it('refuses a sum beyond the safe integer range', () => {
    expect(() => sumAreas([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});

import { lastFour, maskPhone, normalizePhone } from '../../src/domain/phone';

describe('normalizePhone', () => {
  it.each([
    ['13812341234', '13812341234'],
    [' 138 1234 1234 ', '13812341234'],
    ['138-1234-1234', '13812341234'],
    ['138—1234—1234', '13812341234'],
    ['+86 138 1234 1234', '13812341234'],
    ['+86-13812341234', '13812341234'],
    ['(+86)13812341234', '13812341234'],
    ['008613812341234', '13812341234'],
    ['8613812341234', '13812341234'],
    ['１３８１２３４１２３４', '13812341234'],
    ['＋８６　１３８　１２３４　１２３４', '13812341234'],
    ['19912345678', '19912345678'],
    ['\uFEFF13812341234\u200B', '13812341234'],
  ])('normalizes %j to %j', (text, phone) => {
    expect(normalizePhone(text)).toBe(phone);
  });

  it.each([
    ['empty', ''],
    ['too short', '1381234123'],
    ['too long', '138123412345'],
    ['second digit 2 is not a mobile prefix', '12812341234'],
    ['second digit 0', '10012341234'],
    ['landline with area code', '027-88886666'],
    ['landline without area code', '88886666'],
    ['letters', '138abcd1234'],
    ['Excel scientific notation', '1.38123E+10'],
    ['other country code', '+1 138 1234 1234'],
  ])('refuses %s (%j)', (_why, text) => {
    expect(normalizePhone(text)).toBeNull();
  });
});

describe('maskPhone', () => {
  it('shows only the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('masks a mobile typed with prefix and separators the same way', () => {
    expect(maskPhone('+86 138-1234-1234')).toBe('138****1234');
    expect(maskPhone('１３８１２３４１２３４')).toBe('138****1234');
  });

  it('masks an 11-digit landline as 3 + 4', () => {
    expect(maskPhone('027-88886666')).toBe('027****6666');
  });

  it('always uses four stars, so longer numbers do not reveal their length', () => {
    expect(maskPhone('075512345678')).toBe('075****5678');
  });

  it.each([
    ['88886666', '88****66'],
    ['1234567', '1****67'],
    ['12345', '****5'],
    ['1234', '****'],
    ['12', '****'],
  ])('shows less of a short number %j → %j, hiding at least 4 characters', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it('never reveals more than the first 3 and last 4, and always hides at least 4', () => {
    for (let n = 1; n <= 20; n++) {
      const digits = '9876543210987654321098'.slice(0, n);
      const masked = maskPhone(digits);
      const [head, tail] = masked.split('****');
      expect(masked.split('****')).toHaveLength(2);
      expect(head.length).toBeLessThanOrEqual(3);
      expect(tail.length).toBeLessThanOrEqual(4);
      expect(n - head.length - tail.length).toBeGreaterThanOrEqual(Math.min(n, 4));
      expect(digits.startsWith(head)).toBe(true);
      expect(digits.endsWith(tail)).toBe(true);
    }
  });

  it('gives the empty string for no phone', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone(null)).toBe('');
    expect(maskPhone(undefined)).toBe('');
    expect(maskPhone('  ')).toBe('');
  });
});

describe('lastFour', () => {
  it('returns the last four digits', () => {
    expect(lastFour('13812341234')).toBe('1234');
    expect(lastFour('138-1234-5678')).toBe('5678');
    expect(lastFour('１３８１２３４９８７６')).toBe('9876');
  });

  it('ignores trailing non-digits', () => {
    expect(lastFour('13812345678 ')).toBe('5678');
  });

  it('is null when there are fewer than four digits or no phone', () => {
    expect(lastFour('123')).toBeNull();
    expect(lastFour('')).toBeNull();
    expect(lastFour(null)).toBeNull();
    expect(lastFour(undefined)).toBeNull();
  });
});

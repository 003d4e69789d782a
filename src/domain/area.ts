// Areas are legal quantities (art. 278 weighs votes by them), registered to 0.01 m². They are kept
// as integer hundredths of a square metre so that sums and comparisons are exact; a float such as
// 89.5 + 0.1 would already be off, and one 0.01 m² can decide a quorum.
import { normalizeText } from './text';

// NFKC has already turned "㎡" and "m²" into "m2".
const UNIT_SUFFIX = /\s*(?:m2|平方米|平米|平方)$/i;
const PLAIN = /^(\d+)(?:\.(\d+))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
// 10^13 m² is far beyond any building; the cap keeps integer part × 100 a safe integer.
const MAX_INT_DIGITS = 13;

/**
 * "89.5", "89.50㎡", "８９．５", " 120 m2 ", "120平方米", "1,234.56" → hundredths of m².
 * null for anything that is not a positive amount with at most two decimals.
 */
export function parseArea(text: string): number | null {
  const s = normalizeText(text).replace(UNIT_SUFFIX, '');
  const m = PLAIN.exec(s) ?? GROUPED.exec(s);
  if (!m) return null;
  const intPart = m[1].replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const fracPart = m[2] ?? '';
  // More precision than the register has means the cell is not what we think it is: refuse
  // rather than round, so nobody's vote weight changes silently.
  if (fracPart.length > 2 || intPart.length > MAX_INT_DIGITS) return null;
  const centi = Number(intPart) * 100 + Number(fracPart.padEnd(2, '0'));
  return centi > 0 ? centi : null;
}

/** 8950 → "89.50". Throws on a non-integer: a float here means exactness was already lost. */
export function formatArea(centi: number): string {
  assertCenti(centi);
  // String slicing, not division: x / 100 can round up across an integer for large x.
  const digits = String(Math.abs(centi)).padStart(3, '0');
  const sign = centi < 0 ? '-' : '';
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Exact sum of hundredths of m²; throws if a value is not an integer or the sum leaves the safe range. */
export function sumAreas(areas: readonly number[]): number {
  let total = 0;
  for (const a of areas) {
    assertCenti(a);
    total += a;
    if (!Number.isSafeInteger(total)) throw new RangeError('面积合计超出可精确计算的范围');
  }
  return total;
}

function assertCenti(centi: number): void {
  if (!Number.isSafeInteger(centi)) throw new RangeError(`面积必须是以0.01平方米为单位的整数: ${centi}`);
}

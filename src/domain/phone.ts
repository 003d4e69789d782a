// Phone numbers are personal information (PIPL): stored normalized so one person is recognised
// however the number was typed, shown masked everywhere else.
import { normalizeText } from './text';

const SEPARATORS = /[\s\-‐‑‒–—−().]/g;
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Mainland mobile number as 11 digits, or null. Accepts spaces, dashes, brackets, a +86 / 0086 / 86
 * prefix and full-width digits. Landlines are refused: the roster identifies holders by mobile.
 */
export function normalizePhone(text: string): string | null {
  const s = normalizeText(text).replace(SEPARATORS, '');
  const m = /^(?:\+86|0086|86)?(\d{11})$/.exec(s);
  if (!m || !MOBILE.test(m[1])) return null;
  return m[1];
}

/**
 * '13812341234' → '138****1234'. Always four stars, so the length is not revealed either. Shorter
 * strings (landlines, typos) show proportionally less: never more than the first 3 and last 4, and
 * at least 4 characters always hidden. Empty input → ''.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const s = normalizePhone(phone) ?? normalizeText(phone).replace(SEPARATORS, '');
  if (s === '') return '';
  const shown = Math.min(7, Math.max(0, s.length - 4));
  const tail = Math.min(4, Math.ceil(shown / 2));
  const head = Math.min(3, shown - tail);
  return `${s.slice(0, head)}****${tail > 0 ? s.slice(-tail) : ''}`;
}

/** The last four digits (for "confirm the last four of your phone"), or null if there are fewer than four. */
export function lastFour(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = normalizeText(phone).replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

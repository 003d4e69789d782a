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
 * A mainland landline as its digits: with the area code ('027-8000-0001', '(027)80000001',
 * '02780000001' → '02780000001') or without it ('8000 0001' → '80000001'), or null. Elderly owners
 * and developers often give a landline; the roster matches people by it like a mobile.
 * Area codes: 010 and 020–029 are three digits with the 0, all others four; the local number has 7
 * or 8 digits and never starts with 0 or 1.
 */
export function normalizeLandline(text: string): string | null {
  const s = normalizeText(text).replace(SEPARATORS, '').replace(/^(?:\+86|0086)/, '0').replace(/^00?(?=[1-9])/, '0');
  if (!/^\d+$/.test(s)) return null;
  if (s.startsWith('0')) {
    const codeLength = /^0(?:10|2\d)/.test(s) ? 3 : 4;
    return /^[2-9]\d{6,7}$/.test(s.slice(codeLength)) ? s : null;
  }
  return /^[2-9]\d{6,7}$/.test(s) ? s : null;
}

/** A mobile (11 digits) or a landline (its digits), or null. */
export function normalizeContact(text: string): string | null {
  return normalizePhone(text) ?? normalizeLandline(text);
}

/**
 * The phones of one roster cell: one, or two written together ("13812341234 / 027-8000-0001",
 * "13812341234、13912341234"). Null if any part is not a phone. A space alone separates two phones
 * only when the whole is not one number ("8000 0001" is one landline).
 */
export function parsePhones(text: string): string[] | null {
  const whole = normalizeContact(text);
  if (whole) return [whole];
  const clean = normalizeText(text).trim();
  let parts = clean.split(/\s*(?:[/、,;|]|或)\s*/).filter(Boolean);
  if (parts.length === 1) parts = clean.split(/\s+/);
  if (parts.length !== 2) return null;
  const phones = parts.map(normalizeContact);
  return phones.every((p): p is string => p !== null) ? [...new Set(phones)] : null;
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

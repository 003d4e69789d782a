// Water meter readings at dawn: a reading may not go below the previous one unless the meter was
// replaced; a consumption more than three times the meter's median over its last six periods
// suggests a leak. Readings are exact: integer hundredths of m³.
import { median } from './issues';
import { normalizeText } from './text';

export const LEAK_FACTOR = 3;
export const LEAK_HISTORY = 6;
/** Fewer periods than this and a median says too little to call anything a leak. */
export const LEAK_MIN_HISTORY = 3;

/** "1234.5" → 123450 (0.01 m³); null for anything that is not a plain non-negative number. */
export function parseReading(text: string): number | null {
  const s = normalizeText(String(text)).replace(/\s*(m3|m³|方|立方米?)$/i, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function formatReading(centi: number): string {
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;
}

export type ReadingCheck = { ok: true; consumption: number } | { ok: false; reason: 'below_previous' };

export function checkReading(previous: number | null, value: number, replaced: boolean): ReadingCheck {
  if (previous === null || replaced) return { ok: true, consumption: replaced ? value : 0 };
  if (value < previous) return { ok: false, reason: 'below_previous' };
  return { ok: true, consumption: value - previous };
}

/** Whether `consumption` exceeds LEAK_FACTOR × the median of the last LEAK_HISTORY consumptions. */
export function suspectLeak(history: readonly number[], consumption: number): { suspected: boolean; median: number | null } {
  const recent = history.slice(-LEAK_HISTORY);
  const m = recent.length >= LEAK_MIN_HISTORY ? median(recent) : null;
  return { suspected: m !== null && consumption > LEAK_FACTOR * m, median: m };
}

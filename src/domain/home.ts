// What home puts on a person's to-do list, as pure rules: which shifts are "coming up" (the rest
// of today and all of tomorrow, China time), when a paired care visit is due, and the order items
// are shown in (what closes or starts first comes first).
import { chinaDate, chinaDayStart } from './chinaTime';

const DAY_MS = 86_400_000;

/** A paired volunteer is reminded when the last visit is this many days old (or there was none). */
export const CARE_VISIT_EVERY_DAYS = 7;

/** From now to the end of tomorrow (China time): the shifts home reminds of. */
export function shiftWindow(now: Date): { from: string; to: string } {
  return { from: now.toISOString(), to: chinaDayStart(now, 2).toISOString() };
}

/** "今天" or "明天" for an instant inside the shift window, by the China calendar. */
export function dayWord(at: string, now: Date): '今天' | '明天' {
  return chinaDate(new Date(at)) === chinaDate(now) ? '今天' : '明天';
}

/** Days since a visit dated yyyy-mm-dd (China calendar), or null when there was none. */
export function daysSinceVisit(lastDate: string | null, now: Date): number | null {
  if (!lastDate) return null;
  return Math.round((Date.parse(`${chinaDate(now)}T00:00:00Z`) - Date.parse(`${lastDate}T00:00:00Z`)) / DAY_MS);
}

export function visitDue(lastDate: string | null, now: Date, every = CARE_VISIT_EVERY_DAYS): boolean {
  const days = daysSinceVisit(lastDate, now);
  return days === null || days >= every;
}

/** Items with a deadline or start first (soonest first), then the rest in the order given. */
export function byUrgency<T extends { due?: string | null }>(items: T[]): T[] {
  const timed = items.filter((i) => i.due).sort((a, b) => a.due!.localeCompare(b.due!));
  return [...timed, ...items.filter((i) => !i.due)];
}

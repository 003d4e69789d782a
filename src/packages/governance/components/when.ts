// Typed dates and times on the 议事 screens: "2026-03-20 14:30" in China time ↔ ISO, and a short
// display. China time, whatever the phone's zone, through the one module that computes it
// (src/domain/chinaTime.ts): a meeting typed on a phone set to another zone is still at 14:30.
import { chinaDate, chinaDateTime, fromChina } from '../../../domain/chinaTime';

const pad = (n: string) => n.padStart(2, '0');

/** "2026-03-20 14:30" (China time) → ISO; null when it cannot be read. A date alone means 18:00. */
export function parseTime(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  const [hh, mm] = m[4] ? [Number(m[4]), Number(m[5])] : [18, 0];
  if (hh > 23 || mm > 59) return null;
  const at = fromChina(date, `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`);
  // A day the month does not have (2月30日) rolls over into the next month: refused, not moved.
  return Number.isNaN(at.getTime()) || chinaDate(at) !== date ? null : at.toISOString();
}

/** ISO → "2026-03-20 14:30" in China time (also the typed form). */
export function showTime(iso: string): string {
  return chinaDateTime(iso).slice(0, 16);
}

export function showDate(iso: string): string {
  return chinaDate(iso);
}

/** Days from now as the typed form, for a default due date. */
export function inDays(days: number): string {
  return `${chinaDate(Date.now() + days * 86_400_000)} 18:00`;
}

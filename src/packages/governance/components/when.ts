// Typed dates and times on the 议事 screens: "2026-03-20 14:30" in China time ↔ ISO, and a short
// display. China time, whatever the phone's zone, through the one module that computes it
// (src/domain/chinaTime.ts): a meeting typed on a phone set to another zone is still at 14:30.
import { chinaDate, chinaTyped, fromChinaTyped } from '../../../domain/chinaTime';

/** "2026-03-20 14:30" (China time) → ISO; null when it cannot be read. A date alone means 18:00. */
export function parseTime(text: string): string | null {
  return fromChinaTyped(text, '18:00')?.toISOString() ?? null;
}

/** ISO → "2026-03-20 14:30" in China time (also the typed form). */
export function showTime(iso: string): string {
  return chinaTyped(iso);
}

export function showDate(iso: string): string {
  return chinaDate(iso);
}

/** Days from now as the typed form, for a default due date. */
export function inDays(days: number): string {
  return `${chinaDate(Date.now() + days * 86_400_000)} 18:00`;
}

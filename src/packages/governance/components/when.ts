// Typed dates and times: "2026-03-20 14:30" in local time ↔ ISO, and a short display.

/** "2026-03-20 14:30" → ISO; null when it cannot be read. A date alone means 18:00. */
export function parseTime(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), m[4] ? Number(m[4]) : 18, m[5] ? Number(m[5]) : 0);
  return Number.isNaN(d.getTime()) || d.getMonth() !== Number(m[2]) - 1 ? null : d.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO → "2026-03-20 14:30" in local time (also the typed form). */
export function showTime(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function showDate(iso: string): string {
  return showTime(iso).slice(0, 10);
}

/** Days from now as the typed form, for a default due date. */
export function inDays(days: number): string {
  return showTime(new Date(Date.now() + days * 86_400_000).toISOString()).slice(0, 10) + ' 18:00';
}

// Small display helpers of the tab pages. No date library here: the main package has no room for
// dayjs (400,000-byte budget), so formatTime shows the phone's own clock, which for the compound's
// residents is China time; every subpackage screen goes through src/domain/chinaTime.ts instead.
const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-11-25T08:05:00Z` → `11月25日 16:05` (local time); a different year is shown too. */
export function formatTime(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.getFullYear() === now.getFullYear() ? day : `${d.getFullYear()}年${day}`;
}

/** A phone number grouped the way it is read aloud: 138 1234 5678. */
export function groupPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  return /^\d{11}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}` : phone;
}

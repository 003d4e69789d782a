// Times people read in files and on paper are China Standard Time (UTC+8, no daylight saving),
// whatever the server's own time zone: "2026-03-02 17:05:09".
const CST_MS = 8 * 3_600_000;

export function chinaDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  return new Date(at + CST_MS).toISOString().slice(0, 19).replace('T', ' ');
}

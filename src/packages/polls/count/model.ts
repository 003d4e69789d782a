// Small helpers of the paper count and register screens.

/** A route parameter, URL-decoded. */
export function param(v: string | undefined): string {
  if (!v) return '';
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** "12" → P0012, "p12" → P0012; null when it is no serial at all. */
export function normalSerial(typed: string): string | null {
  const m = /^[Pp]?(\d{1,6})$/.exec(typed.trim());
  if (!m || Number(m[1]) < 1) return null;
  return `P${m[1].replace(/^0+/, '').padStart(4, '0')}`;
}

export const nextSerial = (serial: string) => `P${String(Number(serial.slice(1)) + 1).padStart(4, '0')}`;

/** Names typed in one field: 张三、李四 or 张三,李四. */
export const names = (s: string) => s.split(/[、,，;；\s]+/).map((x) => x.trim()).filter(Boolean);

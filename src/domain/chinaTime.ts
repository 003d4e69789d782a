// China time, the one place it is computed. Every time people read or type (dates on screens and
// on paper, "every Saturday 08:00", quarters, "tomorrow") is China Standard Time, UTC+8 all year
// (no daylight saving since 1991), whatever the zone of the server or the phone. Everything else
// keeps instants (ISO strings, Date).
//
// dayjs with its utc plugin, at the fixed offset of Asia/Shanghai. Not `dayjs.tz('Asia/Shanghai')`:
// the timezone plugin reads the zone through Intl, and on Android WeChat it silently follows the
// phone's own zone instead (https://github.com/iamkun/dayjs/issues/2635,
// https://github.com/NervJS/taro/issues/16078). A fixed offset is exact for China and needs no Intl.
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Asia/Shanghai's offset from UTC, in minutes. */
export const CHINA_OFFSET_MINUTES = 480;

type Instant = Date | string | number;

/** An instant as China's wall clock reads it (its year, month, hour… are China time). */
export function inChina(at: Instant): Dayjs {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES);
}

/** The instant China's wall clock shows as `date` (yyyy-mm-dd) at `time` (HH:mm, default midnight). */
export function fromChina(date: string, time = '00:00'): Date {
  // UTC arithmetic only. Not `.utcOffset(480, true)`: keeping the wall time that way mixes in the
  // runtime's own zone, so on a phone set to China time it was eight hours off (the server runs in
  // UTC, where the two agree; test/domain/chinaTime.test.ts runs these in several zones).
  return dayjs.utc(`${date}T${time}`).subtract(CHINA_OFFSET_MINUTES, 'minute').toDate();
}

/** The China calendar date of an instant: "2026-03-02". */
export function chinaDate(at: Instant): string {
  return inChina(at).format('YYYY-MM-DD');
}

/** The China month of an instant: "2026-03". */
export function chinaMonth(at: Instant): string {
  return inChina(at).format('YYYY-MM');
}

/** "2026-03-02 17:05:09" in China time; '' for nothing or something that is not a time. */
export function chinaDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = dayjs(iso);
  return at.isValid() ? at.utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** "08:05" in China time. */
export function chinaClock(at: Instant): string {
  return inChina(at).format('HH:mm');
}

/** Year, month (1–12), day, hour, minute and weekday (0 Sunday) of an instant in China time; null if not a time. */
export function chinaParts(at: Instant): { y: number; m: number; d: number; hh: number; mm: number; weekday: number } | null {
  const c = dayjs(at);
  if (!c.isValid()) return null;
  const l = c.utcOffset(CHINA_OFFSET_MINUTES);
  return { y: l.year(), m: l.month() + 1, d: l.date(), hh: l.hour(), mm: l.minute(), weekday: l.day() };
}

/** The first instant of the China calendar day `days` after the day of `at` (0: that day's midnight). */
export function chinaDayStart(at: Instant, days = 0): Date {
  return inChina(at).startOf('day').add(days, 'day').toDate();
}

/** The China calendar dates from the day of `from` to the day of `to`, both included. */
export function chinaDays(from: Instant, to: Instant): string[] {
  const last = chinaDate(to);
  const out: string[] = [];
  for (let d = inChina(from).startOf('day'); d.format('YYYY-MM-DD') <= last; d = d.add(1, 'day')) out.push(d.format('YYYY-MM-DD'));
  return out;
}

/** An instant as people type it: "2026-03-20 14:30", China time. */
export function chinaTyped(at: Instant): string {
  return inChina(at).format('YYYY-MM-DD HH:mm');
}

/**
 * What someone typed or picked ("2026-3-20 14:30", "2026-03-20T14:30", or a date alone, which takes
 * `dateOnly`) read as China time; null when it is not a time. A day the month does not have
 * (2月30日) is refused, never rolled over into the next month.
 */
export function fromChinaTyped(text: string, dateOnly: string): Date | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const two = (n: string) => n.padStart(2, '0');
  const date = `${m[1]}-${two(m[2])}-${two(m[3])}`;
  const time = m[4] ? `${two(m[4])}:${m[5]}` : dateOnly;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const at = fromChina(date, time);
  return Number.isNaN(at.getTime()) || chinaDate(at) !== date ? null : at;
}

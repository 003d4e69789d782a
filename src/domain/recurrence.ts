// Recurring tasks: "every Monday 08:00: clean building 19 stairwells", "1st of each month 05:00:
// read water meters". Times are China Standard Time (UTC+8, no daylight saving), whatever the
// server's own time zone is (src/domain/chinaTime).
import { chinaDays, chinaParts, fromChina } from './chinaTime';

export type Rule =
  | { freq: 'daily'; time: string }
  | { freq: 'weekly'; weekday: number; time: string } // 1 = Monday … 7 = Sunday
  | { freq: 'monthly'; day: number; time: string }; // 1–28, so every month has it

export function parseTime(time: string): { h: number; m: number } | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? { h: Number(match[1]), m: Number(match[2]) } : null;
}

export function validRule(rule: Rule): boolean {
  if (!parseTime(rule.time)) return false;
  if (rule.freq === 'weekly') return Number.isInteger(rule.weekday) && rule.weekday >= 1 && rule.weekday <= 7;
  if (rule.freq === 'monthly') return Number.isInteger(rule.day) && rule.day >= 1 && rule.day <= 28;
  return rule.freq === 'daily';
}

/** Every occurrence of `rule` in (from, to], in time order. */
export function occurrences(rule: Rule, from: Date, to: Date): Date[] {
  if (!parseTime(rule.time) || to <= from) return [];
  const out: Date[] = [];
  // Walk China calendar days from the day of `from` to the day of `to`.
  for (const day of chinaDays(from, to)) {
    const at = fromChina(day, rule.time);
    const local = chinaParts(at);
    if (!local) continue;
    const weekday = ((local.weekday + 6) % 7) + 1;
    const matches = rule.freq === 'daily' || (rule.freq === 'weekly' && rule.weekday === weekday) || (rule.freq === 'monthly' && rule.day === local.d);
    if (matches && at > from && at <= to) out.push(at);
  }
  return out;
}

export function describeRule(rule: Rule): string {
  const days = ['一', '二', '三', '四', '五', '六', '日'];
  if (rule.freq === 'daily') return `每天 ${rule.time}`;
  if (rule.freq === 'weekly') return `每周${days[rule.weekday - 1]} ${rule.time}`;
  return `每月${rule.day}日 ${rule.time}`;
}

// Small pure helpers of the staff screens: task types, due times, meter periods, page links.
import type { Output } from '../../../services/api';
import { PAGES } from '../../../routes';
import { chinaDate, chinaDayStart, chinaMonth, fromChina, fromChinaTyped } from '../../../domain/chinaTime';

export type TaskView = Output<'tasks.mine'>['today'][number];
export type TaskKind = TaskView['kind'];

const pad = (n: number) => String(n).padStart(2, '0');

/** How long ago something was due, in the largest whole unit: "3 小时", "2 天". */
export function lateBy(dueAt: string, now: Date = new Date()): string {
  const ms = now.getTime() - Date.parse(dueAt);
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} 小时`;
  return `${Math.floor(hours / 24)} 天`;
}

/** The China calendar month of a moment, yyyy-mm (a meter period). */
export function periodOf(at: Date | string = new Date()): string {
  return chinaMonth(at);
}

export function isPeriod(p: string | undefined): p is string {
  return !!p && /^\d{4}-(0[1-9]|1[0-2])$/.test(p);
}

export const taskUrl = (id: string) => `${PAGES.taskDetail}?id=${encodeURIComponent(id)}`;
export const issueUrl = (id: string) => `${PAGES.issueDetail}?id=${encodeURIComponent(id)}`;
export const meterUrl = (route: string, period: string, taskId?: string) =>
  `${PAGES.meterRound}?route=${encodeURIComponent(route)}&period=${period}${taskId ? `&task=${encodeURIComponent(taskId)}` : ''}`;

export { routeParam as param } from '../../../components/nav';

export interface DuePreset {
  key: string;
  label: string;
  iso: string;
}

/** `h:m` China time on the China calendar day `addDays` after `base`'s. */
function at(base: Date, addDays: number, h: number, m = 0): Date {
  return fromChina(chinaDate(chinaDayStart(base, addDays)), `${pad(h)}:${pad(m)}`);
}

/** Ready-made due times (China time), the past ones left out. */
export function duePresets(now: Date = new Date()): DuePreset[] {
  const list: Array<[string, string, Date]> = [
    ['today18', '今天 18:00', at(now, 0, 18)],
    ['tomorrow12', '明天 12:00', at(now, 1, 12)],
    ['tomorrow18', '明天 18:00', at(now, 1, 18)],
    ['in3days', '3 天后 18:00', at(now, 3, 18)],
    ['in7days', '一周后 18:00', at(now, 7, 18)],
  ];
  return list.filter(([, , d]) => d.getTime() > now.getTime() + 10 * 60_000).map(([key, label, d]) => ({ key, label, iso: d.toISOString() }));
}

/** "2025-11-26" + "18:00" (China time) → ISO; null when either is malformed. */
export function localDateTime(date: string, time: string): string | null {
  const clock = normalTime(time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim()) || !clock) return null;
  return fromChinaTyped(`${date.trim()} ${clock}`, clock)?.toISOString() ?? null;
}


/** "08:00" style time of day (a full-width colon is accepted and fixed). */
export function normalTime(time: string): string | null {
  const m = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(time.trim());
  return m ? `${pad(Number(m[1]))}:${m[2]}` : null;
}

/** A task title from an issue: "绿化垃圾清运：绿化带", at most 40 characters. */
export function titleFromIssue(issue: { categoryLabel: string; placeLabel: string }): string {
  return `${issue.categoryLabel}：${issue.placeLabel}`.slice(0, 40);
}

/** Byte size in words: 850 KB, 1.4 MB. */
export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

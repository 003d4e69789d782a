// Volunteer teams, shifts and service hours: the pure rules. Runs on the server and in the
// mini-program alike (no Node, no Taro). Times are instants (ISO strings); calendar days and
// months are China Standard Time (UTC+8), like the recurrence rules.
import { chinaClock, chinaDate, chinaMonth, inChina } from './chinaTime';
import { occurrences, type Rule } from './recurrence';

/** Cancelling a confirmed place closes this long before the start unless the activity says otherwise. */
export const DEFAULT_CANCEL_CUTOFF_HOURS = 2;
/** Seats are documents `seat:<activityId>:<n>`; more than this would make a roster nobody can run. */
export const MAX_CAPACITY = 200;
/** A 接龙 line: "+1 带扫帚". */
export const NOTE_MAX = 30;
/** Recurring activities are created this far ahead, so residents can sign up for the next few. */
export const SERIES_LOOKAHEAD_DAYS = 14;

export type SignupStatus = 'claiming' | 'confirmed' | 'waitlisted' | 'cancelled';
export type MemberStatus = 'pending' | 'member' | 'declined';

export const seatId = (activityId: string, n: number) => `seat:${activityId}:${n}`;
export const signupId = (activityId: string, userId: string) => `signup:${activityId}:${userId}`;
export const memberId = (teamId: string, userId: string) => `tm:${teamId}:${userId}`;
export const hoursId = (activityId: string, userId: string) => `hours:${activityId}:${userId}`;

/**
 * An arrival key: the server's clock, then a per-process sequence, then a salt. Sorting the keys
 * as strings sorts sign-ups by when the server received them; the sequence breaks ties within a
 * millisecond, the salt keeps two cloud instances apart. No counter document is needed.
 */
export function arrivalKey(at: Date, sequence: number, salt: string): string {
  return `${at.toISOString()}|${String(sequence).padStart(10, '0')}|${salt}`;
}

/** Seat numbers 1..capacity not in `taken`, lowest first. */
export function freeSeats(capacity: number, taken: Iterable<number>): number[] {
  const used = new Set(taken);
  const out: number[] = [];
  for (let n = 1; n <= capacity; n++) if (!used.has(n)) out.push(n);
  return out;
}

/**
 * Up to `count` of the free seats, picked at random, for one sign-up to try. When hundreds tap at
 * once, each trying the lowest free seat would make them all collide on seat 1, then seat 2, and
 * so on (one failed transaction per person per seat); random picks spread them over the seats, so
 * most take one on the first try. The seat number means nothing to anyone: the order of the line is
 * the arrival key. `random` returns [0, 1) (Math.random; a fixed sequence in tests).
 */
export function seatsToTry(free: readonly number[], count: number, random: () => number = Math.random): number[] {
  const pool = [...free];
  const out: number[] = [];
  while (out.length < count && pool.length > 0) {
    const i = Math.min(pool.length - 1, Math.floor(random() * pool.length));
    out.push(pool[i]);
    pool[i] = pool[pool.length - 1];
    pool.pop();
  }
  return out;
}

/** The seat number in `seat:<activityId>:<n>`, or null for anything else. */
export function seatNumber(id: string): number | null {
  const m = /:(\d+)$/.exec(id);
  return m ? Number(m[1]) : null;
}

/** When cancelling a confirmed place stops being possible. */
export function cancelClosesAt(startAt: string, cutoffHours = DEFAULT_CANCEL_CUTOFF_HOURS): Date {
  return new Date(Date.parse(startAt) - cutoffHours * 3_600_000);
}

/** A confirmed place may be given up until the cutoff; a waitlisted one at any time before the start. */
export function canCancel(status: SignupStatus, startAt: string, now: Date, cutoffHours = DEFAULT_CANCEL_CUTOFF_HOURS): boolean {
  if (status === 'waitlisted') return now.getTime() < Date.parse(startAt);
  if (status !== 'confirmed') return false;
  return now.getTime() < cancelClosesAt(startAt, cutoffHours).getTime();
}

/**
 * Minutes credited for one confirmed attendance: the scheduled length, in whole half hours
 * (volunteer records count half hours), at least half an hour, at most 12 hours.
 */
export function creditMinutes(startAt: string, endAt: string): number {
  const minutes = (Date.parse(endAt) - Date.parse(startAt)) / 60_000;
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.min(720, Math.max(30, Math.round(minutes / 30) * 30));
}

/** 150 → "2.5". */
export function hoursText(minutes: number): string {
  const h = Math.round((minutes / 60) * 10) / 10;
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

/** Sums credited minutes of confirmed attendances only. */
export function totalMinutes(records: ReadonlyArray<{ minutes: number; confirmed: boolean }>): number {
  return records.reduce((sum, r) => sum + (r.confirmed ? r.minutes : 0), 0);
}

/** The CST month of an instant: "2026-03". */
export function monthOf(iso: string): string {
  return chinaMonth(iso);
}

/** The last `count` CST months ending with the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  const [y, m] = monthOf(now.toISOString()).split('-').map(Number);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Waitlist positions (1-based) by arrival order; ties cannot happen (arrival keys are unique). */
export function waitlistPositions<T extends { arrival: string }>(entries: readonly T[]): Array<T & { position: number }> {
  return [...entries].sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : 0)).map((e, i) => ({ ...e, position: i + 1 }));
}

/** How many neighbouring pairs have positions that disagree with arrival order (0 when in order). */
export function orderViolations(entries: ReadonlyArray<{ position: number; arrival: string }>): number {
  const byPosition = [...entries].sort((a, b) => a.position - b.position);
  let bad = 0;
  for (let i = 1; i < byPosition.length; i++) if (byPosition[i - 1].arrival >= byPosition[i].arrival) bad++;
  return bad;
}

/** Instants of a weekly series in (from, to]: "every Saturday 08:00". */
export function seriesStarts(rule: Rule, from: Date, to: Date): Date[] {
  return occurrences(rule, from, to);
}

/**
 * Reminders go out the day before: when `now` is on the CST calendar day before the start. The
 * job runs hourly in the cloud, so "the day before" rather than "24 hours before".
 */
export function remindToday(startAt: string, now: Date): boolean {
  const start = new Date(startAt);
  if (start.getTime() <= now.getTime()) return false;
  return chinaDate(start.getTime() - 86_400_000) === chinaDate(now);
}

/** Check-in is open from an hour before the start until two hours after the end. */
export function checkInOpen(startAt: string, endAt: string, now: Date): boolean {
  const t = now.getTime();
  return t >= Date.parse(startAt) - 3_600_000 && t <= Date.parse(endAt) + 2 * 3_600_000;
}

export const CARE_CATEGORIES = {
  empty_nest: '空巢老人',
  left_behind_child: '留守儿童',
  ill_disabled: '重病残疾',
} as const;
export type CareCategory = keyof typeof CARE_CATEGORIES;

export const CONSENT_WAYS = { written: '书面签字', verbal_witnessed: '口头同意(有见证人)', guardian: '监护人同意' } as const;
export type ConsentWay = keyof typeof CONSENT_WAYS;

/** Why a care record is withdrawn (and deleted); kept in the withdrawal's log entry. */
export const CARE_WITHDRAW_REASONS = { consent_withdrawn: '本人或监护人撤回同意', moved_away: '已搬离或不再需要帮扶', mistaken: '登记有误' } as const;
export type CareWithdrawReason = keyof typeof CARE_WITHDRAW_REASONS;

/**
 * Who may know a care pairing exists: the paired volunteers, the care team's leader and the
 * community. Everyone else is told it does not exist (a 404, never a 403).
 */
export function canSeeCare(viewer: { userId: string; roles: readonly string[] }, pair: { volunteerIds: readonly string[] }, careLeaderId: string | null): boolean {
  return viewer.roles.includes('community') || viewer.userId === careLeaderId || pair.volunteerIds.includes(viewer.userId);
}

/** Who may register vulnerable residents and pair volunteers: the care leader and the community. */
export function canManageCare(viewer: { userId: string; roles: readonly string[] }, careLeaderId: string | null): boolean {
  return viewer.roles.includes('community') || viewer.userId === careLeaderId;
}

const WEEKDAYS = '日一二三四五六';

/** "3月7日 周六" in China time, whatever the phone's zone. */
export function chinaDayLabel(at: Date | string): string {
  const d = inChina(at);
  return `${d.month() + 1}月${d.date()}日 周${WEEKDAYS[d.day()]}`;
}

/**
 * "3月7日 周六 08:00–10:00" in China time, whatever the phone's zone. The server sends it with each
 * activity (`when`), so the 志愿 tab in WeChat's main package needs no date library.
 */
export function shiftTime(startAt: string, endAt: string): string {
  const s = inChina(startAt);
  return `${s.month() + 1}月${s.date()}日 周${WEEKDAYS[s.day()]} ${s.format('HH:mm')}–${chinaClock(endAt)}`;
}

// Issues (报事): what residents report, the places they report about, and the workflow an issue
// follows from report to closing. Pure rules shared by the action table and the screens.

export const CATEGORIES = {
  pipe_leak: '管网漏水',
  meter_replace: '漏水水表更换',
  wall: '院墙修复',
  power_room: '配电房清理',
  manhole: '井盖更换',
  greening: '绿化补栽',
  green_waste: '绿化垃圾清运',
  drain: '管网疏通',
  fire: '消防隐患',
  lighting: '照明故障',
  sewage: '雨污分流',
  cctv: '监控系统',
  gas: '天然气入户',
  waste_sorting: '垃圾分类',
  cleaning: '楼道保洁',
  other: '其他',
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as Category[];

/** Common places the manager keeps; a report names one of these or a unit. */
export const COMMON_PLACES = {
  main_road: '主干道',
  power_room: '配电房',
  wall: '院墙',
  stair_19: '19栋楼道',
  square: '中心广场',
  basement: '地下室',
  meter_room: '水表房',
  fire_pump: '消防泵房',
  waste_station: '垃圾站',
  gate: '小区大门',
  parking: '停车场',
  greenbelt: '绿化带',
} as const;
export type CommonPlace = keyof typeof COMMON_PLACES;
export const COMMON_PLACE_CODES = Object.keys(COMMON_PLACES) as CommonPlace[];

export const ISSUE_STATUSES = ['reported', 'accepted', 'rejected', 'tabled', 'in_progress', 'done', 'reopened', 'closed'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export const STATUS_LABELS: Record<IssueStatus, string> = {
  reported: '待受理',
  accepted: '已受理',
  rejected: '未受理',
  tabled: '提交三方议定',
  in_progress: '处理中',
  done: '已完成待确认',
  reopened: '未修好,重新处理',
  closed: '已关闭',
};

/** How a closed issue ended; "not fixed" is a real outcome and counts in the statistics. */
export type ClosedAs = 'fixed' | 'unconfirmed' | 'not_fixed';
export const CLOSED_AS_LABELS: Record<ClosedAs, string> = { fixed: '已修好', unconfirmed: '7天未确认,自动关闭', not_fixed: '关闭,未修好' };

export const OPEN_STATUSES: IssueStatus[] = ['reported', 'accepted', 'tabled', 'in_progress', 'done', 'reopened'];

/**
 * Who moves an issue from where to where. `reporter` is the person who reported it (or for
 * whom it was reported); `assignee` a staff member on one of its tasks; the rest are roles.
 */
export type Mover = 'reporter' | 'assignee' | 'manager' | 'committee' | 'community' | 'system';

export interface Transition {
  from: readonly IssueStatus[];
  to: IssueStatus;
  by: readonly Mover[];
  /** A note is required (a reason, what was done). */
  note: boolean;
  /** At least one photo is required (the after-photo). */
  photo?: boolean;
}

export const TRANSITIONS = {
  accept: { from: ['reported'], to: 'accepted', by: ['manager'], note: false },
  reject: { from: ['reported'], to: 'rejected', by: ['manager'], note: true },
  table: { from: ['reported', 'accepted', 'reopened'], to: 'tabled', by: ['manager', 'committee', 'community'], note: false },
  decide: { from: ['tabled'], to: 'accepted', by: ['manager', 'committee', 'community'], note: true },
  start: { from: ['accepted', 'reopened'], to: 'in_progress', by: ['manager', 'assignee'], note: false },
  finish: { from: ['in_progress'], to: 'done', by: ['manager', 'assignee'], note: true, photo: true },
  confirm: { from: ['done'], to: 'closed', by: ['reporter'], note: false },
  reopen: { from: ['done'], to: 'reopened', by: ['reporter'], note: true },
  autoClose: { from: ['done'], to: 'closed', by: ['system'], note: false },
  closeNotFixed: { from: ['accepted', 'tabled', 'in_progress', 'reopened'], to: 'closed', by: ['manager'], note: true },
} as const satisfies Record<string, Transition>;
export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

export const TRANSITION_LABELS: Record<TransitionName, string> = {
  accept: '受理',
  reject: '不予受理',
  table: '提交三方议定',
  decide: '三方议定后受理',
  start: '进入处理',
  finish: '处理完成',
  confirm: '确认已修好',
  reopen: '没修好',
  autoClose: '7天未确认,自动关闭',
  closeNotFixed: '关闭(未修好)',
};

export const CLOSED_AS_BY_TRANSITION: Partial<Record<TransitionName, ClosedAs>> = { confirm: 'fixed', autoClose: 'unconfirmed', closeNotFixed: 'not_fixed' };

export type Refusal = { ok: false; reason: 'wrong_state' | 'not_allowed' | 'note_required' | 'photo_required' };

/** Whether `movers` (what the caller is, for this issue) may apply `name` to an issue in `status`. */
export function checkTransition(name: TransitionName, status: IssueStatus, movers: readonly Mover[], given: { note?: string; photos?: readonly string[] }): { ok: true; to: IssueStatus } | Refusal {
  const t: Transition = TRANSITIONS[name];
  if (!t.by.some((m) => movers.includes(m))) return { ok: false, reason: 'not_allowed' };
  if (!t.from.includes(status)) return { ok: false, reason: 'wrong_state' };
  if (t.note && !given.note?.trim()) return { ok: false, reason: 'note_required' };
  if (t.photo && !given.photos?.length) return { ok: false, reason: 'photo_required' };
  return { ok: true, to: t.to };
}

/** The transitions `movers` could apply now: the buttons a screen shows. */
export function availableTransitions(status: IssueStatus, movers: readonly Mover[]): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => {
    const t: Transition = TRANSITIONS[name];
    return name !== 'autoClose' && t.from.includes(status) && t.by.some((m) => movers.includes(m));
  });
}

// Priority: 3 points per second plus 1 per day open (capped by nothing: old problems rise).
// Stored as a key that sorts the same way at any moment: 3·seconds + (now − created)/day orders
// like 3·seconds·day − created, because `now` is common to every issue in one query.
export const SECOND_WEIGHT = 3;
const DAY_MS = 86_400_000;

export function priorityKey(seconds: number, createdAtMs: number): number {
  return seconds * SECOND_WEIGHT * DAY_MS - createdAtMs;
}

export function priorityScore(seconds: number, createdAtMs: number, nowMs: number): number {
  return seconds * SECOND_WEIGHT + Math.max(0, Math.floor((nowMs - createdAtMs) / DAY_MS));
}

export const DESCRIPTION_MAX = 500;
export const PHOTOS_MAX = 6;
export const PHOTO_BYTES_MAX = 2 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
export const DUPLICATE_WINDOW_DAYS = 30;
export const AUTO_CLOSE_DAYS = 7;
export const FOLLOW_UP_DAYS = 28;

/** Recognises an image by its first bytes, whatever the file name or declared type says. */
export function sniffImage(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'image/webp';
  return null;
}

/** Median of a list of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

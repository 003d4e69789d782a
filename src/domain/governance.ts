// Three-party governance (三方联动): the parties, the quarter, the inspection checklist, the
// year plan's funding sources, notice kinds, and how a meeting decision's progress follows from
// the task(s) and issue it turned into. Pure rules shared by the action table and the screens.
import { fromChina, inChina } from './chinaTime';

export const PARTIES = { community: '社区', committee: '业委会', property: '物业' } as const;
export type Party = keyof typeof PARTIES;
export const PARTY_CODES = Object.keys(PARTIES) as Party[];

/** The party a person speaks for at the table (src/domain/permissions/governance.ts). */
export { partyOf } from './parties';

export const MEETING_STATUSES = { scheduled: '待召开', held: '已召开,纪要待通过', published: '纪要已公布' } as const;
export type MeetingStatus = keyof typeof MEETING_STATUSES;

export const AGENDA_MAX = 12;
export const DECISIONS_MAX = 20;
export const MINUTES_MAX = 3000;

// ——— decisions ———

export type DecisionState = 'open' | 'in_progress' | 'done';
export const DECISION_STATE_LABELS: Record<DecisionState, string> = { open: '未开始', in_progress: '办理中', done: '已办结' };

export interface DecisionFacts {
  dueAt: string;
  /** Status of each task the decision turned into. */
  tasks: ReadonlyArray<'open' | 'in_progress' | 'done'>;
  /** Status of the issue it links to, when it links to one. */
  issue?: { status: string; closedAs?: string } | null;
}

/**
 * A decision is done when every task it became is done (or, with no task, when its issue was
 * fixed); it is in progress once any of them moved. Overdue: past its date and not done.
 */
export function decisionProgress(d: DecisionFacts, now: Date): { state: DecisionState; overdue: boolean } {
  let state: DecisionState;
  if (d.tasks.length > 0) {
    if (d.tasks.every((t) => t === 'done')) state = 'done';
    else if (d.tasks.some((t) => t !== 'open')) state = 'in_progress';
    else state = 'open';
  } else if (d.issue) {
    const s = d.issue.status;
    if (s === 'done' || (s === 'closed' && d.issue.closedAs === 'fixed') || (s === 'closed' && d.issue.closedAs === 'unconfirmed')) state = 'done';
    else if (s === 'in_progress' || s === 'reopened') state = 'in_progress';
    else state = 'open';
  } else state = 'open';
  return { state, overdue: state !== 'done' && Date.parse(d.dueAt) < now.getTime() };
}

// ——— quarters (China time, UTC+8) ———

export const QUARTER_RE = /^(20\d\d)Q([1-4])$/;

/** "2026Q1" for a moment, counted in China time. */
export function quarterOf(at: Date): string {
  const d = inChina(at);
  return `${d.year()}Q${Math.floor(d.month() / 3) + 1}`;
}

/** The quarter's first moment and the next quarter's first moment. */
export function quarterRange(quarter: string): { from: Date; to: Date } {
  const m = QUARTER_RE.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(m[1]);
  const q = Number(m[2]);
  const first = (month: number) => fromChina(`${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`);
  return { from: first((q - 1) * 3), to: first(q * 3) };
}

export function previousQuarter(quarter: string): string {
  const m = QUARTER_RE.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  const q = Number(m[2]);
  return q === 1 ? `${Number(m[1]) - 1}Q4` : `${m[1]}Q${q - 1}`;
}

export function quarterLabel(quarter: string): string {
  const m = QUARTER_RE.exec(quarter);
  return m ? `${m[1]}年第${'一二三四'[Number(m[2]) - 1]}季度` : quarter;
}

// ——— the quarterly inspection checklist ———

export const CHECKLIST = {
  cleaning: { label: '环境保洁', what: '楼道、道路、垃圾站是否干净,垃圾是否日产日清' },
  greening: { label: '绿化养护', what: '草木是否修剪,枯死的是否补栽,绿化垃圾是否清运' },
  security: { label: '秩序安保', what: '门岗、巡逻、车辆停放是否有序' },
  repairs: { label: '维修服务', what: '报修是否及时上门,修后是否回访' },
  facilities: { label: '设施设备', what: '供水、照明、井盖、配电房是否完好' },
  fire: { label: '消防安全', what: '消防通道是否畅通,器材是否有效,泵房是否上锁' },
} as const;
export type ChecklistCode = keyof typeof CHECKLIST;
export const CHECKLIST_CODES = Object.keys(CHECKLIST) as ChecklistCode[];
export const ITEM_SCORE_MAX = 10;
/** An item scored below this is "low": the property manager must answer it with an action. */
export const LOW_SCORE = 6;

// ——— the year's work plan ———

export const FUNDING = { huimin: '惠民资金', gongjian: '共建项目', maintenance_fund: '住宅专项维修资金', property: '物业自筹' } as const;
export type Funding = keyof typeof FUNDING;
export const FUNDING_CODES = Object.keys(FUNDING) as Funding[];

export function planState(progress: number): { label: string; code: 'not_started' | 'ongoing' | 'done' } {
  if (progress >= 100) return { label: '已完成', code: 'done' };
  if (progress > 0) return { label: '推进中', code: 'ongoing' };
  return { label: '未开始', code: 'not_started' };
}

/** 1234500 → "1,234,500 元"; budgets are whole yuan. */
export function yuan(n: number): string {
  // Not toLocaleString: some mini-program engines ignore the locale argument.
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} 元`;
}

// ——— notices ———

export const NOTICE_KINDS = { result: '结果公示', minutes: '会议纪要', plan: '计划变更', maintenance: '维修通知', other: '通知' } as const;
export type NoticeKind = keyof typeof NOTICE_KINDS;
export const NOTICE_KIND_CODES = Object.keys(NOTICE_KINDS) as NoticeKind[];

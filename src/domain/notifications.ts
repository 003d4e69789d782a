// The subscription-message catalogue and WeChat's field rules: one place that lists every message
// kind the app sends, the template each one uses, how each semantic field of a message maps to a
// template key and type, and the one validator both senders (cloud and local outbox) format with.
// Pure: the mini-program reads the same catalogue to label cards and to know what to ask for.
import { chinaParts } from './chinaTime';

/** WeChat's keyword types for subscription templates (the key is named `<type><n>`, e.g. `thing1`). */
export type FieldType = 'thing' | 'phrase' | 'number' | 'character_string' | 'time' | 'date' | 'name';

export interface FieldSpec {
  /** The template's keyword, as the WeChat console shows it after the template is picked. */
  key: string;
  type: FieldType;
  /** The keyword's label on the card (as in the template), also used by the outbox page. */
  label: string;
  /** When the message does not carry the field: a fixed text, or the time it was recorded. */
  fallback?: string | { now: true };
}

export interface KindSpec {
  /** The template's title in WeChat's public template library (公共模板库). */
  title: string;
  /** Who receives it and when, for people reading the catalogue. */
  when: string;
  /** Words to search the library with when picking the template in the console. */
  search: string;
  /** Environment variable holding the template id for this kind (per cloud environment). */
  env: string;
  /** Semantic field name (as senders pass it) → template keyword. Order = order on the card. */
  fields: Record<string, FieldSpec>;
}

const now = { now: true } as const;

export const CATALOGUE = {
  'issue.status': {
    title: '报事进度通知',
    when: '报事人:自己报的事被受理、派工、完成或关闭时;别人代报时也告诉他',
    search: '报事 进度 / 报修进度',
    env: 'GONGZHI_TPL_ISSUE_STATUS',
    fields: {
      thing: { key: 'thing1', type: 'thing', label: '报事内容' },
      phrase: { key: 'phrase2', type: 'phrase', label: '处理状态' },
      time: { key: 'time3', type: 'time', label: '更新时间', fallback: now },
      note: { key: 'thing4', type: 'thing', label: '备注', fallback: '无' },
    },
  },
  'issue.followUp': {
    title: '服务回访提醒',
    when: '报事人:报事关闭几天后,请他说说修好了没有',
    search: '回访 / 评价提醒',
    env: 'GONGZHI_TPL_ISSUE_FOLLOW_UP',
    fields: {
      thing: { key: 'thing1', type: 'thing', label: '回访内容' },
      phrase: { key: 'phrase2', type: 'phrase', label: '操作' },
    },
  },
  'issue.overdue': {
    title: '工单超时提醒',
    when: '物业经理:报事超过受理时限还没人受理',
    search: '工单超时 / 超时提醒',
    env: 'GONGZHI_TPL_ISSUE_OVERDUE',
    fields: {
      thing: { key: 'thing1', type: 'thing', label: '工单内容' },
      time: { key: 'time2', type: 'time', label: '报事时间' },
    },
  },
  'task.assigned': {
    title: '任务指派通知',
    when: '物业员工:有任务派给他(包括每天自动生成的例行任务)',
    search: '任务指派 / 派单通知',
    env: 'GONGZHI_TPL_TASK_ASSIGNED',
    fields: {
      thing: { key: 'thing1', type: 'thing', label: '任务名称' },
      time: { key: 'time2', type: 'time', label: '截止时间' },
    },
  },
  'claim.reviewed': {
    title: '审核结果通知',
    when: '申请认证的业主:认证通过或未通过',
    search: '审核结果',
    env: 'GONGZHI_TPL_CLAIM_REVIEWED',
    fields: {
      unit: { key: 'thing1', type: 'thing', label: '认证房屋' },
      result: { key: 'phrase2', type: 'phrase', label: '审核结果' },
      note: { key: 'thing3', type: 'thing', label: '说明', fallback: '无' },
    },
  },
  'poll.opened': {
    title: '投票开始提醒',
    when: '有投票权的人:一项表决开始投票',
    search: '投票开始 / 投票提醒',
    env: 'GONGZHI_TPL_POLL_OPENED',
    fields: {
      title: { key: 'thing1', type: 'thing', label: '投票主题' },
      openedAt: { key: 'time2', type: 'time', label: '开始时间', fallback: now },
      note: { key: 'thing3', type: 'thing', label: '温馨提示', fallback: '请在截止前投票' },
    },
  },
  'poll.closing': {
    title: '投票截止提醒',
    when: '还没投票的人:表决 24 小时内截止',
    search: '投票截止 / 活动截止提醒',
    env: 'GONGZHI_TPL_POLL_CLOSING',
    fields: {
      title: { key: 'thing1', type: 'thing', label: '投票主题' },
      closesAt: { key: 'time2', type: 'time', label: '截止时间' },
    },
  },
  'poll.published': {
    title: '结果公示通知',
    when: '有投票权的人:表决结果公示了',
    search: '结果公示 / 投票结果通知',
    env: 'GONGZHI_TPL_POLL_PUBLISHED',
    fields: {
      title: { key: 'thing1', type: 'thing', label: '投票主题' },
      result: { key: 'thing2', type: 'thing', label: '结果' },
    },
  },
  'shift.tomorrow': {
    title: '活动开始提醒',
    when: '报名的志愿者:明天有他的班',
    search: '活动开始提醒 / 排班提醒',
    env: 'GONGZHI_TPL_SHIFT_TOMORROW',
    fields: {
      title: { key: 'thing1', type: 'thing', label: '活动名称' },
      time: { key: 'time2', type: 'time', label: '开始时间' },
      place: { key: 'thing3', type: 'thing', label: '活动地点' },
    },
  },
  'waitlist.confirmed': {
    title: '报名成功通知',
    when: '候补的志愿者:有人退出,他补上了',
    search: '报名成功 / 候补成功',
    env: 'GONGZHI_TPL_WAITLIST_CONFIRMED',
    fields: {
      title: { key: 'thing1', type: 'thing', label: '活动名称' },
      time: { key: 'time2', type: 'time', label: '活动时间' },
      place: { key: 'thing3', type: 'thing', label: '活动地点' },
    },
  },
  'plan.moved': {
    title: '计划变更通知',
    when: '关注计划的人:年度计划的进度或时间变了',
    search: '计划变更 / 进度通知',
    env: 'GONGZHI_TPL_PLAN_MOVED',
    fields: {
      title: { key: 'thing1', type: 'thing', label: '计划名称' },
      progress: { key: 'thing2', type: 'thing', label: '当前进度' },
      reason: { key: 'thing3', type: 'thing', label: '变更原因', fallback: '无' },
    },
  },
} satisfies Record<string, KindSpec>;

export type MessageKind = keyof typeof CATALOGUE;
export const MESSAGE_KINDS = Object.keys(CATALOGUE) as MessageKind[];

export function kindSpec(kind: string): KindSpec | undefined {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, kind) ? (CATALOGUE as Record<string, KindSpec>)[kind] : undefined;
}

/** At most this many templates in one requestSubscribeMessage (WeChat's limit). */
export const MAX_TEMPLATES_PER_ASK = 3;

// ---- Field rules --------------------------------------------------------------------------

export type FieldResult = { ok: true; value: string } | { ok: false; reason: string };

export const LIMITS = { thing: 20, phrase: 5, number: 32, character_string: 32, nameCjk: 10, nameLatin: 20 } as const;

const HAN = /\p{Script=Han}/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;
// Letters, digits and ASCII symbols; no spaces, no Chinese.
const CHARACTER_STRING = /^[\x21-\x7e]+$/;
const TIME = /^(\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})$/;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const chars = (s: string) => Array.from(s);
const pad = (n: number) => String(n).padStart(2, '0');

function beijingParts(iso: string): { y: number; m: number; d: number; hh: number; mm: number } | null {
  return Number.isNaN(Date.parse(iso)) ? null : chinaParts(iso);
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Beijing time as a `time` keyword shows it: `2023年4月7日 15:01`. */
export function formatTime(iso: string): string | null {
  const p = beijingParts(iso);
  return p ? `${p.y}年${p.m}月${p.d}日 ${pad(p.hh)}:${pad(p.mm)}` : null;
}

/** A Beijing date as a `date` keyword shows it: `2023年4月7日`. */
export function formatDate(iso: string): string | null {
  const p = beijingParts(iso);
  return p ? `${p.y}年${p.m}月${p.d}日` : null;
}

/**
 * Checks and formats one keyword value by WeChat's rules. `thing` longer than 20 characters is
 * shortened with an ellipsis (a title cut short still reads); everything else that breaks a
 * rule is refused, because WeChat would refuse it (47003) and a wrong value is worse than none.
 * `time` and `date` accept an ISO instant (shown in Beijing time) or the WeChat form itself.
 */
export function formatField(type: FieldType, raw: string): FieldResult {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: '不能为空' };
  switch (type) {
    case 'thing': {
      const c = chars(value);
      return { ok: true, value: c.length <= LIMITS.thing ? value : `${c.slice(0, LIMITS.thing - 1).join('')}…` };
    }
    case 'phrase':
      if (!ONLY_HAN.test(value)) return { ok: false, reason: '只能是汉字' };
      return chars(value).length <= LIMITS.phrase ? { ok: true, value } : { ok: false, reason: `不能超过 ${LIMITS.phrase} 个汉字` };
    case 'number':
      if (!NUMBER.test(value)) return { ok: false, reason: '只能是数字' };
      return value.length <= LIMITS.number ? { ok: true, value } : { ok: false, reason: `不能超过 ${LIMITS.number} 位` };
    case 'character_string':
      if (!CHARACTER_STRING.test(value)) return { ok: false, reason: '只能是字母、数字或符号' };
      return value.length <= LIMITS.character_string ? { ok: true, value } : { ok: false, reason: `不能超过 ${LIMITS.character_string} 个字符` };
    case 'time': {
      const m = TIME.exec(value);
      if (m) return validDay(+m[1], +m[2], +m[3]) && +m[4] < 24 && +m[5] < 60 ? { ok: true, value } : { ok: false, reason: '不是有效的时间' };
      const formatted = ISO.test(value) ? formatTime(value) : null;
      return formatted ? { ok: true, value: formatted } : { ok: false, reason: '时间格式应像 2023年4月7日 15:01' };
    }
    case 'date': {
      const m = DATE.exec(value);
      if (m) return validDay(+m[1], +m[2], +m[3]) ? { ok: true, value } : { ok: false, reason: '不是有效的日期' };
      const formatted = ISO.test(value) ? formatDate(value) : null;
      return formatted ? { ok: true, value: formatted } : { ok: false, reason: '日期格式应像 2023年4月7日' };
    }
    case 'name': {
      const c = chars(value);
      const han = c.filter((x) => HAN.test(x)).length;
      // A name of Chinese characters holds 10; of Latin letters 20; a mix counts a character as two.
      const width = han * 2 + (c.length - han);
      return width <= LIMITS.nameLatin ? { ok: true, value } : { ok: false, reason: `不能超过 ${LIMITS.nameCjk} 个汉字或 ${LIMITS.nameLatin} 个字母` };
    }
  }
}

export type TemplateData = Record<string, { value: string }>;

/**
 * A message's semantic fields → the template's `data`, every keyword checked by formatField.
 * Refuses (with the semantic field named) rather than sending a card WeChat would reject.
 */
export function templateData(spec: KindSpec, fields: Record<string, string>, recordedAt: string, keys: Readonly<Record<string, string>> = {}): { ok: true; data: TemplateData } | { ok: false; reason: string } {
  const data: TemplateData = {};
  for (const [name, f] of Object.entries(spec.fields)) {
    // Senders are typed to pass text; a number or null from plain JavaScript is still handled.
    const given: unknown = fields[name];
    let raw = given === undefined || given === null ? '' : String(given);
    if (raw.trim() === '') {
      if (f.fallback === undefined) return { ok: false, reason: `缺少「${f.label}」(${name})` };
      raw = typeof f.fallback === 'string' ? f.fallback : recordedAt;
    }
    const r = formatField(f.type, raw);
    if (!r.ok) return { ok: false, reason: `「${f.label}」(${name})${r.reason}` };
    // `keys`: this environment's template keywords when its template differs from the catalogue's.
    data[keys[name] ?? f.key] = { value: r.value };
  }
  return { ok: true, data };
}

// ---- WeChat's answers ------------------------------------------------------------------------

/** subscribeMessage.send's error codes that no retry can fix, with what they mean. */
export const PERMANENT_ERRORS: Record<number, string> = {
  43101: '用户拒收(没有订阅或已取消订阅)',
  47003: '模板参数不准确',
  40003: '接收人 openid 不正确',
  40037: '模板 id 不正确',
  41030: '跳转页面不存在',
};

/** Codes worth trying again later: WeChat busy, rate limits, network trouble (our own -2). */
export const TRANSIENT_ERRORS: Record<number, string> = {
  [-1]: '微信系统繁忙',
  [-2]: '网络错误',
  45009: '调用次数超过限制',
  45011: '调用太频繁',
};

export function errorMeaning(code: number): string {
  return PERMANENT_ERRORS[code] ?? TRANSIENT_ERRORS[code] ?? '未知错误';
}

export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 60_000;

/** Exponential backoff: 1, 2, 4, 8 minutes after the 1st, 2nd, 3rd, 4th failed attempt. */
export function retryDelayMs(attempts: number): number {
  return BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1);
}

export function isTransient(code: number): boolean {
  return Object.prototype.hasOwnProperty.call(TRANSIENT_ERRORS, code);
}

/** An issue's status as a `phrase` keyword (≤ 5 Chinese characters, nothing else). */
export const ISSUE_STATUS_PHRASES: Record<string, string> = {
  reported: '待受理',
  accepted: '已受理',
  rejected: '未受理',
  tabled: '三方议定',
  in_progress: '处理中',
  done: '已完成',
  reopened: '重新处理',
  closed: '已关闭',
};
